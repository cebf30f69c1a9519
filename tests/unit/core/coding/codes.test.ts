import { describe, expect, it } from 'vitest';
import { codeRange } from '../../../../core/coding/code-range';
import { codePath } from '../../../../core/coding/code-path';
import { createCode } from '../../../../core/coding/create-code';
import { deleteCode } from '../../../../core/coding/delete-code';
import { listCodes } from '../../../../core/coding/list-codes';
import { listSegments } from '../../../../core/coding/list-segments';
import { mergeCodes } from '../../../../core/coding/merge-codes';
import { moveCode } from '../../../../core/coding/move-code';
import { resolveCode } from '../../../../core/coding/resolve-code';
import { updateCode } from '../../../../core/coding/update-code';
import { addDocument } from '../../../../core/documents/add-document';
import { listEvents } from '../../../../core/events/list-events';
import { aCode, aDocument, aDocumentInput } from '../../../helpers/builders';
import { createTestDb } from '../../../helpers/create-test-db';

describe('createCode', () => {
  it('refuses a sibling with the same name in another case', () => {
    const ctx = createTestDb();
    createCode(ctx, aCode('Culture'));
    expect(() => createCode(ctx, aCode('culture'))).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
  });

  it('allows the same name under different parents', () => {
    const ctx = createTestDb();
    const a = createCode(ctx, aCode('culture'));
    const b = createCode(ctx, aCode('norm'));
    createCode(ctx, aCode('other', { parentId: a.id }));
    createCode(ctx, aCode('other', { parentId: b.id }));
    expect(() => resolveCode(ctx, 'other')).toThrow(/names 2 codes/u);
    expect(resolveCode(ctx, 'norm/other').parentId).toBe(b.id);
  });

  it('refuses a colour that is not #rrggbb', () => {
    expect(() => createCode(createTestDb(), aCode('x', { color: 'red' }))).toThrow(/#rrggbb/u);
  });
});

describe('updateCode', () => {
  it('refuses a shortcut another code already has', () => {
    const ctx = createTestDb();
    createCode(ctx, aCode('a', { shortcut: '1' }));
    const b = createCode(ctx, aCode('b'));
    expect(() => updateCode(ctx, b.id, { shortcut: '1' })).toThrow(/belongs to “a”/u);
  });
});

describe('moveCode', () => {
  it('refuses to move a code into its own sub-code', () => {
    const ctx = createTestDb();
    const parent = createCode(ctx, aCode('culture'));
    const child = createCode(ctx, aCode('language', { parentId: parent.id }));
    expect(() => moveCode(ctx, parent.id, child.id, 0)).toThrow(
      expect.objectContaining({ code: 'code_cycle' }),
    );
  });

  it('places the code at the index among its new siblings', () => {
    const ctx = createTestDb();
    const a = createCode(ctx, aCode('a'));
    createCode(ctx, aCode('b'));
    const c = createCode(ctx, aCode('c'));
    const language = createCode(ctx, aCode('language', { parentId: c.id }));
    moveCode(ctx, language.id, null, 1);
    moveCode(ctx, c.id, a.id, 0);
    expect(listCodes(ctx).map((x) => x.path)).toEqual(['a', 'a/c', 'language', 'b']);
    expect(codePath(ctx, c.id)).toBe('a/c');
  });
});

describe('mergeCodes', () => {
  it('re-points codings without duplicates and moves sub-codes when codes are merged', () => {
    const ctx = createTestDb();
    const { id: documentId } = addDocument(
      ctx,
      aDocumentInput(aDocument(['Satu dua tiga empat lima.'])),
    );
    const target = createCode(ctx, aCode('obstacle'));
    const source = createCode(ctx, aCode('barrier'));
    const child = createCode(ctx, aCode('budget', { parentId: source.id }));
    codeRange(ctx, { documentId, start: 0, end: 4, codeIds: [target.id, source.id] });
    codeRange(ctx, { documentId, start: 5, end: 8, codeIds: [source.id] });
    const before = listEvents(ctx).length;
    const result = mergeCodes(ctx, [source.id], target.id);
    expect(result).toMatchObject({ movedCodings: 1, droppedDuplicates: 1, mergedCodes: 1 });
    expect(listSegments(ctx).map((s) => s.codeIds)).toEqual([[target.id], [target.id]]);
    expect(listCodes(ctx).find((c) => c.id === child.id)?.path).toBe('obstacle/budget');
    expect(
      new Set(
        listEvents(ctx)
          .slice(before)
          .map((e) => e.groupId),
      ).size,
    ).toBe(1);
  });

  it('merges same-named sub-codes into each other when both codes have one', () => {
    const ctx = createTestDb();
    const target = createCode(ctx, aCode('obstacle'));
    const source = createCode(ctx, aCode('barrier'));
    createCode(ctx, aCode('other', { parentId: target.id }));
    createCode(ctx, aCode('Other', { parentId: source.id }));
    mergeCodes(ctx, [source.id], target.id);
    expect(listCodes(ctx).map((c) => c.path)).toEqual(['obstacle', 'obstacle/other']);
  });

  it('refuses to merge a code into its own sub-code and changes nothing', () => {
    const ctx = createTestDb();
    const parent = createCode(ctx, aCode('culture'));
    const child = createCode(ctx, aCode('language', { parentId: parent.id }));
    expect(() => mergeCodes(ctx, [parent.id], child.id)).toThrow(
      expect.objectContaining({ code: 'code_cycle' }),
    );
    expect(listCodes(ctx)).toHaveLength(2);
  });
});

describe('deleteCode', () => {
  it('deletes the subtree and reports the codings that go when a code is deleted', () => {
    const ctx = createTestDb();
    const { id: documentId } = addDocument(
      ctx,
      aDocumentInput(aDocument(['Satu dua tiga empat lima.'])),
    );
    const keep = createCode(ctx, aCode('keep'));
    const parent = createCode(ctx, aCode('culture'));
    const child = createCode(ctx, aCode('language', { parentId: parent.id }));
    codeRange(ctx, { documentId, start: 0, end: 4, codeIds: [parent.id, keep.id] });
    codeRange(ctx, { documentId, start: 5, end: 8, codeIds: [child.id] });
    expect(deleteCode(ctx, parent.id)).toEqual({
      deletedCodes: 2,
      deletedCodings: 2,
      deletedSegments: 1,
    });
    expect(listSegments(ctx).map((s) => s.quote)).toEqual(['Satu']);
    expect(listCodes(ctx).map((c) => c.name)).toEqual(['keep']);
  });
});
