import type { PmNode } from '../../text/pm-node';

/**
 * Builds a document from plain text with LF line ends: blocks are separated by blank lines, and
 * the single line breaks inside a block are joined with a space, since plain text has no other
 * structure worth guessing.
 */
export function plainTextToDoc(text: string): PmNode {
  const content: PmNode[] = [];
  for (const block of text.split(/\n[ \t\f\v\u00a0]*\n/)) {
    const joined = block
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0)
      .join(' ');
    if (joined.length > 0)
      content.push({ type: 'paragraph', content: [{ type: 'text', text: joined }] });
  }
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}
