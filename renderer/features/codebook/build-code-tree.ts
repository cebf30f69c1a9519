import type { CodeItem } from '../../app/workspace-store';

/** A code in the tree with its place among its siblings and the totals of its subtree. */
export interface CodeNode {
  code: CodeItem;
  parent: CodeNode | null;
  children: CodeNode[];
  /** Position among its siblings. */
  index: number;
  /** Codings of this code and every sub-code. */
  subtreeCodings: number;
  /** Sub-codes at any depth. */
  descendants: number;
}

export interface CodeTree {
  roots: CodeNode[];
  byId: Map<string, CodeNode>;
}

/** Nests the flat, tree-ordered codebook list and totals each subtree. */
export function buildCodeTree(codes: readonly CodeItem[]): CodeTree {
  const byId = new Map<string, CodeNode>();
  const roots: CodeNode[] = [];
  for (const code of codes) {
    const parent = code.parentId === null ? null : (byId.get(code.parentId) ?? null);
    const siblings = parent ? parent.children : roots;
    const node: CodeNode = {
      code,
      parent,
      children: [],
      index: siblings.length,
      subtreeCodings: code.codingCount,
      descendants: 0,
    };
    siblings.push(node);
    byId.set(code.id, node);
  }
  // The list is depth-first, so walking it backwards visits children before parents.
  for (let i = codes.length - 1; i >= 0; i -= 1) {
    const node = byId.get(codes[i]?.id ?? '');
    if (node?.parent) {
      node.parent.subtreeCodings += node.subtreeCodings;
      node.parent.descendants += node.descendants + 1;
    }
  }
  return { roots, byId };
}

/** The rows a reader sees: depth-first, skipping the children of collapsed codes. */
export function visibleNodes(tree: CodeTree, collapsed: ReadonlySet<string>): CodeNode[] {
  const out: CodeNode[] = [];
  const walk = (nodes: CodeNode[]): void => {
    for (const node of nodes) {
      out.push(node);
      if (!collapsed.has(node.code.id)) walk(node.children);
    }
  };
  walk(tree.roots);
  return out;
}

/** Whether `id` is `ancestorId` or lies below it. */
export function isWithin(tree: CodeTree, id: string, ancestorId: string): boolean {
  for (let node = tree.byId.get(id) ?? null; node; node = node.parent) {
    if (node.code.id === ancestorId) return true;
  }
  return false;
}
