import { PAGE_MARKER, type PmNode } from '../../text/pm-node';
import type { LayoutBlock } from './layout-block';

/** Turns rebuilt blocks into a tiptap document: paragraphs, headings and inline page markers. */
export function blocksToDoc(blocks: readonly LayoutBlock[]): PmNode {
  return { type: 'doc', content: blocks.map(blockToNode) };
}

function blockToNode(block: LayoutBlock): PmNode {
  const content: PmNode[] = [];
  const last = block.parts.length - 1;
  let seenText = false;
  block.parts.forEach((part, index) => {
    if (typeof part !== 'string') {
      content.push({ type: PAGE_MARKER, attrs: { page: part.page, label: part.label } });
      return;
    }
    // Outer spaces of a block are dropped; inner ones are word spaces and stay.
    let text = seenText ? part : part.trimStart();
    seenText = true;
    if (index === last) text = text.trimEnd();
    if (/\s\s|[^\S ]/u.test(text)) text = text.replace(/\s+/gu, ' ');
    if (text.length > 0) content.push({ type: 'text', text });
  });
  const node: PmNode =
    block.kind === 'heading'
      ? { type: 'heading', attrs: { level: Math.min(6, Math.max(1, block.level)) } }
      : { type: 'paragraph' };
  if (content.length > 0) node.content = content;
  return node;
}
