import { describe, expect, it } from 'vitest';
import { buildCodeTree } from '../../../renderer/features/codebook/build-code-tree';
import { aCode } from './render-workspace';

// a, a/a1, a/a2, b
const tree = buildCodeTree([
  aCode({ id: 'a', name: 'A', codingCount: 1 }),
  aCode({ id: 'a1', name: 'A1', parentId: 'a', depth: 1, codingCount: 2 }),
  aCode({ id: 'a2', name: 'A2', parentId: 'a', depth: 1, codingCount: 3 }),
  aCode({ id: 'b', name: 'B', codingCount: 4 }),
]);

describe('buildCodeTree', () => {
  it('totals codings and sub-codes over each subtree', () => {
    expect(tree.byId.get('a')?.subtreeCodings).toBe(6);
    expect(tree.byId.get('a')?.descendants).toBe(2);
    expect(tree.byId.get('b')?.subtreeCodings).toBe(4);
  });
});
