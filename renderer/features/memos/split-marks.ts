export interface TextPart {
  text: string;
  marked: boolean;
}

/** Splits "a «b» c" into plain and marked parts; an unclosed « stays plain text. */
export function splitMarks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let rest = text;
  for (;;) {
    const open = rest.indexOf('«');
    const close = open < 0 ? -1 : rest.indexOf('»', open + 1);
    if (open < 0 || close < 0) break;
    if (open > 0) parts.push({ text: rest.slice(0, open), marked: false });
    parts.push({ text: rest.slice(open + 1, close), marked: true });
    rest = rest.slice(close + 1);
  }
  if (rest !== '') parts.push({ text: rest, marked: false });
  return parts;
}
