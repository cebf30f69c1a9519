import { describe, expect, it } from 'vitest';
import { buildCodeTree } from '../../../renderer/features/codebook/build-code-tree';
import { planDrop, planKeyMove } from '../../../renderer/features/codebook/plan-move';
import { aCode } from './render-workspace';

// a, a/a1, a/a2, b
const tree = buildCodeTree([
  aCode({ id: 'a', name: 'A', codingCount: 1 }),
  aCode({ id: 'a1', name: 'A1', parentId: 'a', depth: 1, codingCount: 2 }),
  aCode({ id: 'a2', name: 'A2', parentId: 'a', depth: 1, codingCount: 3 }),
  aCode({ id: 'b', name: 'B', codingCount: 4 }),
]);

describe('planDrop', () => {
  it('counts the index among the new siblings without the moved code', () => {
    expect(planDrop(tree, 'a1', 'a2', 'after')).toEqual({ id: 'a1', parentId: 'a', index: 1 });
    expect(planDrop(tree, 'b', 'a', 'before')).toEqual({ id: 'b', parentId: null, index: 0 });
  });

  it('nests at the end of the target’s children when dropped inside', () => {
    expect(planDrop(tree, 'b', 'a', 'inside')).toEqual({ id: 'b', parentId: 'a', index: 2 });
  });

  it('refuses a drop into the code’s own subtree', () => {
    expect(planDrop(tree, 'a', 'a1', 'inside')).toBeNull();
    expect(planDrop(tree, 'a', 'a', 'before')).toBeNull();
  });
});

describe('planKeyMove', () => {
  it('reorders, nests and outdents like the drag does', () => {
    expect(planKeyMove(tree, 'a2', 'ArrowUp')).toEqual({ id: 'a2', parentId: 'a', index: 0 });
    expect(planKeyMove(tree, 'a2', 'ArrowDown')).toBeNull();
    expect(planKeyMove(tree, 'b', 'ArrowRight')).toEqual({ id: 'b', parentId: 'a', index: 2 });
    expect(planKeyMove(tree, 'a1', 'ArrowLeft')).toEqual({ id: 'a1', parentId: null, index: 1 });
    expect(planKeyMove(tree, 'a', 'ArrowLeft')).toBeNull();
  });
});
