import type { KeyboardEvent } from 'react';
import type { CodeNode } from './build-code-tree';

export interface TreeKeyHandlers {
  visible: CodeNode[];
  focusedId: string | null;
  collapsed: ReadonlySet<string>;
  focus: (id: string) => void;
  setExpanded: (id: string, expanded: boolean) => void;
  activate: (node: CodeNode) => void;
  rename: (node: CodeNode) => void;
  remove: (node: CodeNode) => void;
  moveByKey: (node: CodeNode, key: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight') => void;
}

const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/** The WAI-ARIA tree pattern's keys, plus F2, Delete and Alt+arrows to reorder and nest. */
export function treeKeyDown(event: KeyboardEvent, h: TreeKeyHandlers): void {
  const at = h.visible.findIndex((n) => n.code.id === h.focusedId);
  const node = h.visible[at];
  if (!node) return;
  const key = event.key;
  if (event.altKey && ARROWS.has(key)) {
    h.moveByKey(node, key as 'ArrowUp');
  } else if (key === 'ArrowDown' || key === 'ArrowUp') {
    const next = h.visible[key === 'ArrowDown' ? at + 1 : at - 1];
    if (next) h.focus(next.code.id);
  } else if (key === 'ArrowRight' || key === 'ArrowLeft') {
    horizontal(node, key === 'ArrowRight', h);
  } else if (key === 'Home' || key === 'End') {
    const edge = key === 'Home' ? h.visible[0] : h.visible[h.visible.length - 1];
    if (edge) h.focus(edge.code.id);
  } else if (key === 'Enter' || key === ' ') {
    h.activate(node);
  } else if (key === 'F2') {
    h.rename(node);
  } else if (key === 'Delete') {
    h.remove(node);
  } else {
    return;
  }
  event.preventDefault();
}

function horizontal(node: CodeNode, right: boolean, h: TreeKeyHandlers): void {
  const open = node.children.length > 0 && !h.collapsed.has(node.code.id);
  if (right) {
    if (node.children.length === 0) return;
    if (!open) h.setExpanded(node.code.id, true);
    else if (node.children[0]) h.focus(node.children[0].code.id);
  } else if (open) {
    h.setExpanded(node.code.id, false);
  } else if (node.parent) {
    h.focus(node.parent.code.id);
  }
}
