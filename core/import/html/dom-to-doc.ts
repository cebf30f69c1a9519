import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import type { PmMark, PmNode } from '../../text/pm-node';
import { BlockSink, type TextBlockType } from './block-sink';
import { flattenToParagraphs } from './flatten-to-paragraphs';
import {
  BLOCK_CONTAINERS,
  DROPPED_ELEMENTS,
  MARK_ELEMENTS,
  headingLevel,
} from './html-element-rules';
import { isHiddenElement } from './is-hidden-element';
import { sanitizeHref } from './sanitize-href';

type Marks = readonly PmMark[];

/**
 * Converts a parsed HTML tree into a tiptap document through a whitelist: known structure
 * becomes nodes, unknown elements are unwrapped, and dangerous or invisible ones vanish with
 * their content. No attribute survives except a safe link href.
 */
export function domToDoc(root: { children: AnyNode[] }): PmNode {
  const content = convertBlocks(root.children, { type: 'paragraph' });
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}

function convertBlocks(nodes: readonly AnyNode[], textType: TextBlockType, marks: Marks = []) {
  const sink = new BlockSink(textType);
  for (const node of nodes) walk(node, sink, marks);
  return sink.finish();
}

function walk(node: AnyNode, sink: BlockSink, marks: Marks): void {
  if (isText(node)) {
    sink.inline.addText(node.data, marks);
    return;
  }
  if (!isTag(node)) return; // comments, doctypes, CDATA
  const name = node.name.toLowerCase();
  if (DROPPED_ELEMENTS.has(name) || isHiddenElement(node)) return;
  if (walkInline(node, name, sink, marks)) return;
  const block = convertBlock(node, name, marks);
  if (block === undefined) {
    const isBlock = BLOCK_CONTAINERS.has(name);
    if (isBlock) sink.flush();
    for (const child of node.children) walk(child, sink, marks);
    if (isBlock) sink.flush();
    return;
  }
  sink.flush();
  for (const b of block) sink.push(b);
}

/** Handles br, marks and links; returns false when the element is not inline. */
function walkInline(element: Element, name: string, sink: BlockSink, marks: Marks): boolean {
  if (name === 'br') {
    sink.inline.addBreak();
    return true;
  }
  let mark = MARK_ELEMENTS.get(name);
  if (name === 'a') {
    const href = sanitizeHref(element.attribs.href ?? '');
    // A fragment points into the original page, which does not exist inside Telaah.
    mark = href === null || href.startsWith('#') ? undefined : { type: 'link', attrs: { href } };
  } else if (mark === undefined) return false;
  const inner =
    mark === undefined || marks.some((m) => m.type === mark.type) ? marks : [...marks, mark];
  for (const child of element.children) walk(child, sink, inner);
  return true;
}

/** Converts a structural element to blocks, or returns undefined when it is not one. */
function convertBlock(element: Element, name: string, marks: Marks): PmNode[] | undefined {
  const level = headingLevel(name);
  if (level !== null)
    return convertBlocks(element.children, { type: 'heading', attrs: { level } }, marks);
  switch (name) {
    case 'p':
      return convertBlocks(element.children, { type: 'paragraph' }, marks);
    case 'blockquote':
      return wrap('blockquote', convertBlocks(element.children, { type: 'paragraph' }, marks));
    case 'ul':
      return wrap('bulletList', convertListItems(element, marks));
    case 'ol':
      return wrap('orderedList', convertListItems(element, marks), { start: listStart(element) });
    case 'pre':
      return preToCodeBlock(element);
    case 'table':
      return convertTable(element, marks);
    case 'hr':
      return [{ type: 'horizontalRule' }];
    default:
      return undefined;
  }
}

function wrap(type: string, content: PmNode[], attrs?: Record<string, unknown>): PmNode[] {
  if (content.length === 0) return [];
  return [attrs === undefined ? { type, content } : { type, attrs, content }];
}

function listStart(element: Element): number {
  const start = Number.parseInt(element.attribs.start ?? '1', 10);
  return Number.isFinite(start) ? start : 1;
}

function convertListItems(list: Element, marks: Marks): PmNode[] {
  const items: PmNode[] = [];
  let stray: AnyNode[] = [];
  const flushStray = (): void => {
    items.push(...toListItem(convertBlocks(stray, { type: 'paragraph' }, marks)));
    stray = [];
  };
  for (const child of list.children) {
    if (isTag(child) && child.name.toLowerCase() === 'li' && !isHiddenElement(child)) {
      flushStray();
      items.push(...toListItem(convertBlocks(child.children, { type: 'paragraph' }, marks)));
    } else stray.push(child);
  }
  flushStray();
  return items;
}

/** A tiptap list item must start with a paragraph. */
function toListItem(blocks: PmNode[]): PmNode[] {
  if (blocks.length === 0) return [];
  if (blocks[0]?.type !== 'paragraph') blocks.unshift({ type: 'paragraph' });
  return [{ type: 'listItem', content: blocks }];
}

function preToCodeBlock(pre: Element): PmNode[] {
  const text = preText(pre.children)
    .replace(/^\r?\n/, '')
    .replace(/\s+$/, '');
  return text.length === 0 ? [] : [{ type: 'codeBlock', content: [{ type: 'text', text }] }];
}

function preText(nodes: readonly AnyNode[]): string {
  let text = '';
  for (const node of nodes) {
    if (isText(node)) text += node.data;
    else if (isTag(node)) {
      const name = node.name.toLowerCase();
      if (name === 'br') text += '\n';
      else if (!DROPPED_ELEMENTS.has(name) && !isHiddenElement(node))
        text += preText(node.children);
    }
  }
  return text;
}

function convertTable(table: Element, marks: Marks): PmNode[] {
  const before: PmNode[] = [];
  const rows: PmNode[] = [];
  for (const child of visibleChildren(table)) {
    const name = child.name.toLowerCase();
    if (name === 'caption')
      before.push(...convertBlocks(child.children, { type: 'paragraph' }, marks));
    else if (name === 'tr') rows.push(...convertRow(child, marks));
    else if (name === 'thead' || name === 'tbody' || name === 'tfoot') {
      for (const tr of visibleChildren(child)) {
        if (tr.name.toLowerCase() === 'tr') rows.push(...convertRow(tr, marks));
      }
    }
  }
  return rows.length === 0 ? before : [...before, { type: 'table', content: rows }];
}

function convertRow(tr: Element, marks: Marks): PmNode[] {
  const cells: PmNode[] = [];
  for (const cell of visibleChildren(tr)) {
    const name = cell.name.toLowerCase();
    if (name !== 'td' && name !== 'th') continue;
    const paragraphs = flattenToParagraphs(
      convertBlocks(cell.children, { type: 'paragraph' }, marks),
    );
    cells.push({
      type: name === 'th' ? 'tableHeader' : 'tableCell',
      content: paragraphs.length > 0 ? paragraphs : [{ type: 'paragraph' }],
    });
  }
  return cells.length === 0 ? [] : [{ type: 'tableRow', content: cells }];
}

function visibleChildren(element: Element): Element[] {
  return element.children.filter(
    (child): child is Element =>
      isTag(child) && !DROPPED_ELEMENTS.has(child.name.toLowerCase()) && !isHiddenElement(child),
  );
}
