/** A page starts here: an inline marker that adds no text. */
export interface PageBreakPart {
  page: number;
  label: string | null;
}

/** A piece of a block: text, or the point where a new page begins. */
export type BlockPart = string | PageBreakPart;

/** A paragraph or heading rebuilt from layout lines, before it becomes a ProseMirror node. */
export interface LayoutBlock {
  kind: 'paragraph' | 'heading';
  /** Heading level (1–6); 0 for paragraphs. */
  level: number;
  parts: BlockPart[];
}
