/** Digits become '#' and whitespace is squeezed, so "Hal. 12" and "Hal. 13" share one key. */
export function normalizeFurnitureKey(text: string): string {
  return text.replace(/\d+/gu, '#').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** True for a line that is only a page number, e.g. "12", "- 12 -", "xii", "Hal. 12". */
export function isPageNumberLine(text: string): boolean {
  return /^(?:[-–—]\s*)?(?:(?:hal(?:aman)?|page|p)\.?\s*)?(?:\d{1,4}|[ivxlc]{1,7})(?:\s*[-–—])?$/iu.test(
    text.trim(),
  );
}
