import type { PmNode } from '../../text/pm-node';
import { InlineCollector } from './inline-collector';

/** The block a run of loose inline content becomes: a paragraph, or a heading inside <hN>. */
export interface TextBlockType {
  type: 'paragraph' | 'heading';
  attrs?: Record<string, unknown>;
}

/**
 * Where converted blocks go. Inline content between blocks is gathered and becomes one text
 * block when a block element starts or the container ends, like a browser's anonymous boxes.
 */
export class BlockSink {
  readonly blocks: PmNode[] = [];
  readonly inline = new InlineCollector();

  constructor(private readonly textType: TextBlockType = { type: 'paragraph' }) {}

  flush(): void {
    if (!this.inline.hasText()) {
      this.inline.take();
      return;
    }
    const content = this.inline.take();
    const { type, attrs } = this.textType;
    this.blocks.push(attrs === undefined ? { type, content } : { type, attrs, content });
  }

  push(block: PmNode): void {
    this.flush();
    this.blocks.push(block);
  }

  /** Flushes pending inline content and returns every block. */
  finish(): PmNode[] {
    this.flush();
    return this.blocks;
  }
}
