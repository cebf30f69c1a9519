/** Characters of context on each side of a hit in a snippet. */
export const SNIPPET_CONTEXT = 60;

/** The hit with about 60 characters each side, marked «like this», whitespace collapsed. */
export function makeSnippet(text: string, start: number, end: number): string {
  const from = Math.max(0, start - SNIPPET_CONTEXT);
  const to = Math.min(text.length, end + SNIPPET_CONTEXT);
  const flat = (s: string): string => s.replace(/\s+/gu, ' ');
  const before = (from > 0 ? '…' : '') + flat(text.slice(from, start)).trimStart();
  const after = flat(text.slice(end, to)).trimEnd() + (to < text.length ? '…' : '');
  return `${before}«${flat(text.slice(start, end))}»${after}`;
}
