import { isWithin, type CodeNode, type CodeTree } from './build-code-tree';

/** Where a dragged code lands relative to the row it is dropped on. */
export type DropPosition = 'before' | 'after' | 'inside';

/** The input of `codes.move`. */
export interface MovePlan {
  id: string;
  parentId: string | null;
  index: number;
}

/** Top quarter of a row drops before it, bottom quarter after it, the middle inside it. */
export function dropPositionAt(offsetY: number, height: number): DropPosition {
  if (offsetY < height / 4) return 'before';
  if (offsetY > (height * 3) / 4) return 'after';
  return 'inside';
}

function siblingsOf(tree: CodeTree, node: CodeNode): CodeNode[] {
  return node.parent ? node.parent.children : tree.roots;
}

/** The move that puts `id` before, after or inside `targetId`; null when it makes no sense. */
export function planDrop(
  tree: CodeTree,
  id: string,
  targetId: string,
  position: DropPosition,
): MovePlan | null {
  const target = tree.byId.get(targetId);
  if (!target || !tree.byId.has(id) || isWithin(tree, targetId, id)) return null;
  if (position === 'inside') {
    const index = target.children.filter((c) => c.code.id !== id).length;
    return { id, parentId: targetId, index };
  }
  // codes.move counts the index among the new siblings without the moved code.
  const siblings = siblingsOf(tree, target).filter((c) => c.code.id !== id);
  const at = siblings.indexOf(target);
  return {
    id,
    parentId: target.parent?.code.id ?? null,
    index: position === 'before' ? at : at + 1,
  };
}

/** The keyboard alternative to dragging: Alt+Up/Down reorder, Alt+Right nests, Alt+Left outdents. */
export function planKeyMove(
  tree: CodeTree,
  id: string,
  key: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight',
): MovePlan | null {
  const node = tree.byId.get(id);
  if (!node) return null;
  const parentId = node.parent?.code.id ?? null;
  const siblings = siblingsOf(tree, node);
  if (key === 'ArrowUp') return node.index > 0 ? { id, parentId, index: node.index - 1 } : null;
  if (key === 'ArrowDown') {
    return node.index < siblings.length - 1 ? { id, parentId, index: node.index + 1 } : null;
  }
  if (key === 'ArrowRight') {
    const previous = siblings[node.index - 1];
    return previous ? { id, parentId: previous.code.id, index: previous.children.length } : null;
  }
  const parent = node.parent;
  if (!parent) return null;
  return { id, parentId: parent.parent?.code.id ?? null, index: parent.index + 1 };
}
