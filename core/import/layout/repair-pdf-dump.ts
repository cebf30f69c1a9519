import type { PmNode } from '../../text/pm-node';
import { blocksToDoc } from './blocks-to-doc';
import { buildBlocks } from './build-blocks';
import type { LayoutLine } from './layout-line';
import { removeFurniture } from './remove-furniture';
import { textHeadingLevel } from './text-heading-level';

const SENTENCE_END = /[.!?:;]["”’)]?$/u;

/**
 * True when a plain text looks like a raw PDF-to-text dump: nearly every line is followed by a
 * blank line, and the lines are short wrapped lines that mostly end mid-sentence (a text with one
 * paragraph per line, such as Markdown, has long lines that end sentences).
 */
export function isPdfDump(text: string): boolean {
  const raw = text.replace(/\r\n?/gu, '\n').split('\n');
  const content = raw.map((line, index) => ({ line: line.trim(), index })).filter((l) => l.line);
  if (content.length < 20) return false;
  const followedByBlank = content.filter(({ index }) => (raw[index + 1] ?? '').trim() === '');
  const midSentence = content.filter(({ line }) => !SENTENCE_END.test(line));
  const lengths = content.map(({ line }) => line.length).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  return (
    followedByBlank.length >= content.length * 0.7 &&
    midSentence.length >= content.length * 0.5 &&
    median < 120
  );
}

/** Rebuilds paragraphs, headings and words from a raw PDF-to-text dump, as the PDF importer does. */
export function repairPdfDump(text: string): PmNode {
  // A dump has no pages or geometry: each line stands for its own page, so a header counts as
  // repeated wherever its text recurs, and only longer lines qualify.
  const { lines, typical } = dumpLines(text);
  const paged = lines.map((line, index) => ({ ...line, page: index + 1 }));
  const furniture = removeFurniture(paged, { pageCount: 1, minKeyLength: 12 });
  // Breaks are judged after furniture is gone, so a paragraph ending at a page foot still ends.
  const body = markBreaks(furniture.lines, typical);
  return blocksToDoc(buildBlocks(body, { count: 0, labels: new Map() }));
}

interface DumpLine extends LayoutLine {
  indented: boolean;
}

function dumpLines(text: string): { lines: DumpLine[]; typical: number } {
  const raw = text.replace(/\r\n?/gu, '\n').split('\n');
  const lengths = raw
    .map((l) => l.trim().length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  const typical = lengths[Math.floor(lengths.length * 0.75)] ?? 80;
  const lines: DumpLine[] = [];
  let gap = true;
  let blanks = 0;
  for (const line of raw) {
    const trimmed = line.trim();
    if (trimmed.length === 0) {
      // Whitespace-only lines and runs of empty lines mark a vertical gap in the dump.
      if (line.length > 0 || ++blanks > 1) gap = true;
      continue;
    }
    const indented = /^\s/u.test(line);
    lines.push({ text: trimmed, page: 0, band: 'top', breakBefore: gap, heading: null, indented });
    gap = false;
    blanks = 0;
  }
  return { lines, typical };
}

function markBreaks(lines: readonly DumpLine[], typical: number): LayoutLine[] {
  let previous = '';
  return lines.map((line) => {
    const ended = SENTENCE_END.test(previous);
    const short = previous.length < typical * 0.7 && ended;
    const breakBefore = line.breakBefore || (line.indented && ended) || short;
    const heading = breakBefore ? dumpHeadingLevel(line.text) : null;
    previous = line.text;
    return { text: line.text, page: 0, band: 'body', breakBefore, heading };
  });
}

function dumpHeadingLevel(text: string): number | null {
  const byText = textHeadingLevel(text);
  if (byText !== null) return byText;
  const words = text.split(/\s+/u);
  const titleCase = words.every(
    (w) => /^[\p{Lu}\p{N}(]/u.test(w) || /^(?:dan|di|ke|dari|of|and|the)$/u.test(w),
  );
  return titleCase && words.length <= 8 && !/[.,;:]$/u.test(text) ? 2 : null;
}
