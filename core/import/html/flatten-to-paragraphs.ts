import type { PmNode } from '../../text/pm-node';

/**
 * Turns any blocks into plain paragraphs, for table cells, whose text the canonical walker reads
 * paragraph by paragraph. Headings and code keep their text; lists, quotes and tables open up.
 */
export function flattenToParagraphs(blocks: readonly PmNode[]): PmNode[] {
  const out: PmNode[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph') out.push(block);
    else if (block.type === 'heading' || block.type === 'codeBlock') {
      out.push({ type: 'paragraph', content: block.content ?? [] });
    } else if (block.content) out.push(...flattenToParagraphs(block.content));
  }
  return out;
}
