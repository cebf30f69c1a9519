import type { PmNode } from '../../text/pm-node';

/** A plain text turned into a tiptap document, and how its offsets map to the canonical text. */
export interface TextDocument {
  doc: PmNode;
  /** The canonical text the document yields (equal to the input for texts we exported). */
  text: string;
  /** UTF-16 offset in the LF text → UTF-16 offset in the canonical text. */
  map(offset: number): number;
}

/**
 * Builds paragraphs from an LF text: a run of two or more line ends separates paragraphs, a
 * single one is a hard break, so the canonical text (paragraphs joined by a blank line) is the
 * text itself, except that leading and trailing line ends go and longer runs become one blank
 * line. The offset map accounts for exactly those removals.
 */
export function textToDocument(lfText: string): TextDocument {
  const shift = new Int32Array(lfText.length + 1);
  const paragraphs: PmNode[] = [];
  let canonical = '';
  let current = '';
  let at = 0;
  const copy = (from: number, to: number): void => {
    if (to > from && current === '' && canonical !== '') canonical += '\n\n';
    for (let k = from; k < to; k += 1) shift[k] = canonical.length + current.length + (k - from);
    current += lfText.slice(from, to);
  };
  const endParagraph = (): void => {
    if (current === '') return;
    paragraphs.push(paragraph(current));
    canonical += current;
    current = '';
  };
  for (const match of lfText.matchAll(/\n+/gu)) {
    const start = match.index;
    const end = start + match[0].length;
    copy(at, start);
    const inside = start > 0 && end < lfText.length;
    if (inside && end - start === 1) {
      copy(start, end);
    } else {
      const pending = canonical.length + current.length;
      endParagraph();
      // a longer run of line ends is one blank line: its extra positions map onto its end
      for (let k = start; k < end; k += 1)
        shift[k] = inside ? pending + Math.min(k - start, 2) : pending;
    }
    at = end;
  }
  copy(at, lfText.length);
  endParagraph();
  shift[lfText.length] = canonical.length;
  return {
    doc: { type: 'doc', content: paragraphs.length > 0 ? paragraphs : [{ type: 'paragraph' }] },
    text: canonical,
    map: (offset) => shift[Math.max(0, Math.min(offset, lfText.length))] ?? canonical.length,
  };
}

/** One paragraph; single line ends inside it become hard breaks (which yield '\n'). */
function paragraph(text: string): PmNode {
  const content: PmNode[] = [];
  text.split('\n').forEach((line, index) => {
    if (index > 0) content.push({ type: 'hardBreak' });
    if (line !== '') content.push({ type: 'text', text: line });
  });
  return { type: 'paragraph', content };
}
