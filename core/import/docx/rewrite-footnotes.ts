import { Element, Text, isTag, type AnyNode, type ParentNode } from 'domhandler';

const NOTE_ITEM = /^(?:foot|end)note-(\d+)$/;
const BACK_LINK = /^#(?:foot|end)note-ref-\d+$/;

/**
 * Reshapes mammoth's notes for reading: the list of notes at the end becomes paragraphs that
 * start with their marker (“[1] …”), matching the “[1]” left in the text, and the ↑ back-links
 * go. The in-text marker loses its link, which would point nowhere inside Telaah.
 */
export function rewriteFootnotes(root: ParentNode): void {
  root.children = root.children.flatMap((child) => rewriteNode(child));
}

function rewriteNode(node: AnyNode): AnyNode[] {
  if (!isTag(node)) return [node];
  if (node.name === 'a' && BACK_LINK.test(node.attribs.href ?? '')) return [];
  if (node.name === 'ol' && isNoteList(node)) return node.children.flatMap(noteToBlocks);
  node.children = node.children.flatMap((child) => rewriteNode(child));
  return [node];
}

function isNoteList(list: Element): boolean {
  const items = list.children.filter(isTag);
  return items.length > 0 && items.every((item) => NOTE_ITEM.test(item.attribs.id ?? ''));
}

function noteToBlocks(item: AnyNode): AnyNode[] {
  if (!isTag(item)) return [];
  const number = NOTE_ITEM.exec(item.attribs.id ?? '')?.[1] ?? '';
  const blocks = item.children.flatMap((child) => rewriteNode(child));
  const marker = new Text(`[${number}] `);
  const first = blocks.find((block): block is Element => isTag(block) && block.name === 'p');
  if (first === undefined) return [new Element('p', {}, [marker, ...blocks])];
  first.children.unshift(marker);
  return blocks;
}
