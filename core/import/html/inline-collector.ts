import type { PmMark, PmNode } from '../../text/pm-node';

const COLLAPSIBLE = /[\t\n\f\r ]+/g;

function sameMarks(a: readonly PmMark[] | undefined, b: readonly PmMark[]): boolean {
  const left = a ?? [];
  if (left.length !== b.length) return false;
  return left.every((mark, i) => JSON.stringify(mark) === JSON.stringify(b[i]));
}

/**
 * Gathers the inline content of one block, collapsing white space the way a browser lays out
 * normal text: runs become one space, and spaces at the block's edges and around line breaks go.
 */
export class InlineCollector {
  private nodes: PmNode[] = [];
  private pendingSpace: readonly PmMark[] | null = null;
  private atLineStart = true;

  addText(raw: string, marks: readonly PmMark[]): void {
    let text = raw.replace(COLLAPSIBLE, ' ');
    if (text.startsWith(' ')) {
      if (!this.atLineStart && this.pendingSpace === null) this.pendingSpace = marks;
      text = text.slice(1);
    }
    const trailing = text.endsWith(' ');
    if (trailing) text = text.slice(0, -1);
    if (text.length > 0) {
      if (this.pendingSpace !== null) this.append(' ', this.pendingSpace);
      this.pendingSpace = null;
      this.append(text, marks);
      this.atLineStart = false;
    }
    if (trailing && !this.atLineStart && this.pendingSpace === null) this.pendingSpace = marks;
  }

  addBreak(): void {
    this.nodes.push({ type: 'hardBreak' });
    this.pendingSpace = null;
    this.atLineStart = true;
  }

  hasText(): boolean {
    return this.nodes.some((node) => node.type === 'text');
  }

  /** Returns the collected inline nodes without leading or trailing breaks, and starts afresh. */
  take(): PmNode[] {
    const nodes = this.nodes;
    while (nodes[0]?.type === 'hardBreak') nodes.shift();
    while (nodes[nodes.length - 1]?.type === 'hardBreak') nodes.pop();
    this.nodes = [];
    this.pendingSpace = null;
    this.atLineStart = true;
    return nodes;
  }

  private append(text: string, marks: readonly PmMark[]): void {
    const last = this.nodes[this.nodes.length - 1];
    if (last?.type === 'text' && sameMarks(last.marks, marks)) {
      last.text = (last.text ?? '') + text;
      return;
    }
    this.nodes.push(
      marks.length > 0 ? { type: 'text', text, marks: [...marks] } : { type: 'text', text },
    );
  }
}
