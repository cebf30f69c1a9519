import { BLOCK_TEXT_TYPES, PAGE_MARKER, type PmNode } from './pm-node';

/** Blocks of the canonical text are joined by one blank line, as in the corpus truth files. */
export const BLOCK_SEPARATOR = '\n\n';
/** Cells of a table row are joined by a tab. */
export const CELL_SEPARATOR = '\t';

/** Where a page of a paged source starts in the canonical text. */
export interface PageStart {
  /** 1-based physical page index in the source file. */
  page: number;
  /** The page number printed on the page, when the importer found one. */
  label: string | null;
  /** UTF-16 offset into the canonical text. */
  start: number;
}

/** A run of text copied verbatim from one text node, or a synthetic separator. */
export interface TextRun {
  /** Offset of the run in the canonical text. */
  start: number;
  text: string;
  /** ProseMirror position of the run's first character; null for separators. */
  pos: number | null;
}

export interface CanonicalText {
  text: string;
  runs: TextRun[];
  pageMap: PageStart[];
}

interface Block {
  started: boolean;
}

/**
 * The one walker that turns a stored document into its canonical plain text. It also yields the
 * runs that map text offsets to ProseMirror positions, and the page map from page markers.
 * Text blocks are joined by BLOCK_SEPARATOR; empty blocks add nothing.
 */
export function toCanonicalText(doc: PmNode): CanonicalText {
  const runs: TextRun[] = [];
  const pageMap: PageStart[] = [];
  let text = '';
  let pendingPages: { page: number; label: string | null }[] = [];

  const emit = (piece: string, pos: number | null): void => {
    if (piece.length === 0) return;
    runs.push({ start: text.length, text: piece, pos });
    text += piece;
  };
  const ensureStarted = (block: Block): void => {
    if (block.started) return;
    if (text.length > 0) emit(BLOCK_SEPARATOR, null);
    block.started = true;
  };
  const flushPages = (): void => {
    for (const p of pendingPages) pageMap.push({ ...p, start: text.length });
    pendingPages = [];
  };

  // Each walker returns the ProseMirror size of the node it walked.
  const walkInline = (node: PmNode, pos: number, block: Block): number => {
    if (node.type === 'text') {
      const t = node.text ?? '';
      if (t.length > 0) {
        ensureStarted(block);
        flushPages();
        emit(t, pos);
      }
      return t.length;
    }
    if (node.type === PAGE_MARKER) {
      const label = node.attrs?.label;
      pendingPages.push({
        page: Number(node.attrs?.page ?? 0),
        label: typeof label === 'string' ? label : null,
      });
      return 1;
    }
    if (node.type === 'hardBreak') {
      if (block.started) emit('\n', null);
      return 1;
    }
    if (!node.content) return 1; // inline atoms such as images add no text
    return 2 + walkInlineChildren(node, pos + 1, block);
  };

  const walkInlineChildren = (node: PmNode, pos: number, block: Block): number => {
    let size = 0;
    for (const child of node.content ?? []) size += walkInline(child, pos + size, block);
    return size;
  };

  const walkRow = (row: PmNode, pos: number): number => {
    const block: Block = { started: false };
    let cellPos = pos + 1;
    (row.content ?? []).forEach((cell, index) => {
      if (index > 0) {
        ensureStarted(block);
        emit(CELL_SEPARATOR, null);
      }
      let childPos = cellPos + 1;
      (cell.content ?? []).forEach((para, paraIndex) => {
        if (paraIndex > 0 && block.started) emit(' ', null);
        childPos += 2 + walkInlineChildren(para, childPos + 1, block);
      });
      cellPos = childPos + 1;
    });
    return cellPos + 1 - pos;
  };

  const walkBlock = (node: PmNode, pos: number): number => {
    if (node.type === 'tableRow') return walkRow(node, pos);
    if (BLOCK_TEXT_TYPES.has(node.type)) {
      return 2 + walkInlineChildren(node, pos + 1, { started: false });
    }
    if (node.type === 'text') return (node.text ?? '').length;
    if (!node.content) return 1; // leaf blocks such as horizontalRule
    const inner = node.type === 'doc' ? pos : pos + 1;
    let size = 0;
    for (const child of node.content) size += walkBlock(child, inner + size);
    return node.type === 'doc' ? size : size + 2;
  };

  walkBlock(doc, 0);
  flushPages(); // markers after the last text (a blank final page) point at the end
  return { text, runs, pageMap };
}
