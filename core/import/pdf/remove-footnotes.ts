import type { BandedLine } from './read-page-lines';

/**
 * Drops footnotes: lines set smaller than the body text that sit below every body-size line
 * they share an x-range with (the journal's `*` note with submission dates and author).
 */
export function removeFootnotes(lines: readonly BandedLine[], bodySize: number): BandedLine[] {
  const isBody = (line: BandedLine): boolean => Math.abs(line.size - bodySize) <= 0.12 * bodySize;
  const bodyByPage = new Map<number, BandedLine[]>();
  for (const line of lines) {
    if (!isBody(line)) continue;
    const list = bodyByPage.get(line.page) ?? [];
    list.push(line);
    bodyByPage.set(line.page, list);
  }
  return lines.filter((line) => {
    if (line.size >= bodySize * 0.88) return true;
    const above = (bodyByPage.get(line.page) ?? []).filter(
      (body) => body.x0 < line.x1 && line.x0 < body.x1,
    );
    return above.length === 0 || above.some((body) => body.top >= line.top);
  });
}
