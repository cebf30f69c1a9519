import type { LayoutLine } from './layout-line';
import { isPageNumberLine, normalizeFurnitureKey } from './normalize-furniture-key';

export interface FurnitureOptions {
  /** Number of pages in the source; repeats are judged against it. */
  pageCount: number;
  /** Shortest key a repeated line needs before it counts as a running header (dumps: longer). */
  minKeyLength?: number;
}

/** What furniture detection needs to know of a line. */
export type FurnitureLine = Pick<LayoutLine, 'text' | 'page' | 'band'>;

export interface FurnitureResult<T extends FurnitureLine> {
  /** The lines that are not page furniture, in their original order. */
  lines: T[];
  /** Printed page number per physical page, where one was found. */
  labels: Map<number, string>;
  removedCount: number;
}

/**
 * Drops running headers, footers and page numbers: lines in a page's top or bottom band whose
 * digit-normalised text repeats on several pages, and lone page numbers. The number that varies
 * from page to page in those lines becomes the page's printed label.
 */
export function removeFurniture<T extends FurnitureLine>(
  lines: readonly T[],
  options: FurnitureOptions,
): FurnitureResult<T> {
  const minKeyLength = options.minKeyLength ?? 1;
  // A body line repeating in a concatenated file must not count, so repeats scale with length.
  const minPages = Math.max(2, Math.ceil(options.pageCount * 0.2));
  const pagesByKey = new Map<string, Set<number>>();
  for (const line of lines) {
    if (line.band === 'body') continue;
    const key = normalizeFurnitureKey(line.text);
    const pages = pagesByKey.get(key) ?? new Set<number>();
    pages.add(line.page);
    pagesByKey.set(key, pages);
  }
  const isFurniture = (line: T): boolean => {
    if (line.band === 'body') return false;
    if (isPageNumberLine(line.text)) return true;
    const key = normalizeFurnitureKey(line.text);
    return key.length >= minKeyLength && (pagesByKey.get(key)?.size ?? 0) >= minPages;
  };
  const kept: T[] = [];
  const removed: T[] = [];
  for (const line of lines) (isFurniture(line) ? removed : kept).push(line);
  return { lines: kept, labels: learnPageLabels(removed), removedCount: removed.length };
}

function learnPageLabels(removed: readonly FurnitureLine[]): Map<number, string> {
  const labels = new Map<number, string>();
  for (const line of removed) {
    const text = line.text.trim();
    if (isPageNumberLine(text)) labels.set(line.page, text.replace(/^\D*|\D*$/gu, '') || text);
  }
  const byKey = new Map<string, FurnitureLine[]>();
  for (const line of removed) {
    const key = normalizeFurnitureKey(line.text);
    byKey.set(key, [...(byKey.get(key) ?? []), line]);
  }
  for (const group of byKey.values()) {
    const index = varyingNumberIndex(group);
    if (index === null) continue;
    for (const line of group) {
      const value = numbersOf(line.text)[index];
      if (value !== undefined && !labels.has(line.page)) labels.set(line.page, value);
    }
  }
  return labels;
}

/** The last position among a line's numbers whose value differs between pages, if any. */
function varyingNumberIndex(group: readonly FurnitureLine[]): number | null {
  const pages = new Set(group.map((line) => line.page));
  if (pages.size < 2) return null;
  const lists = group.map((line) => numbersOf(line.text));
  const count = lists[0]?.length ?? 0;
  for (let index = count - 1; index >= 0; index--) {
    const values = new Set(lists.map((list) => list[index]));
    if (values.size > 1) return index;
  }
  return null;
}

function numbersOf(text: string): string[] {
  return text.match(/\d+/gu) ?? [];
}
