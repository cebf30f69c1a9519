import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ctx } from '../../core/context';
import { createMemo } from '../../core/memos/create-memo';
import { deleteMemo } from '../../core/memos/delete-memo';
import { listMemos } from '../../core/memos/list-memos';
import { getMemo } from '../../core/memos/memo-row';
import { searchMemos } from '../../core/memos/search-memos';
import { updateMemo } from '../../core/memos/update-memo';
import { historyState } from '../../core/history/history-state';
import { redo, undo } from '../../core/history/undo-redo';
import { createTestDb } from '../helpers/create-test-db';

const body = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

describe('memos', () => {
  let ctx: Ctx;
  let clock: number;
  beforeEach(() => {
    ctx = createTestDb();
    clock = Date.UTC(2026, 1, 1);
    ctx = { ...ctx, now: () => clock };
  });
  afterEach(() => {
    ctx.db.$client.close();
  });

  const aMemo = (text = 'Kerja sama kota kembar butuh anggaran tetap.') =>
    createMemo(ctx, {
      title: 'Anggaran',
      bodyJson: body(text),
      bodyText: text,
      targetType: 'project',
      targetId: null,
    });

  it('lists a created memo with a one-line preview and its author', () => {
    const long = `${'kata '.repeat(60)}akhir`;
    const memo = aMemo(long);
    const [item] = listMemos(ctx, { targetType: 'project' });
    expect(item).toMatchObject({ id: memo.id, title: 'Anggaran', authorName: 'tester' });
    expect(item?.preview.length).toBeLessThanOrEqual(141);
    expect(item?.preview.endsWith('…')).toBe(true);
    expect(getMemo(ctx, memo.id).bodyJson).toEqual(body(long));
  });

  it('finds memos by body words regardless of case and diacritics, and by title', () => {
    const memo = aMemo('Festival budaya di Kitakyūshū menarik warga.');
    expect(searchMemos(ctx, 'KITAKYUSHU').map((h) => h.id)).toEqual([memo.id]);
    expect(searchMemos(ctx, 'kitakyushu')[0]?.snippet).toContain('«');
    expect(searchMemos(ctx, 'anggar').map((h) => h.id)).toEqual([memo.id]);
    expect(searchMemos(ctx, 'pelabuhan')).toEqual([]);
  });

  it('keeps search in step with edits and deletion', () => {
    const memo = aMemo('lama');
    updateMemo(ctx, memo.id, { bodyJson: body('baru'), bodyText: 'baru' });
    expect(searchMemos(ctx, 'lama')).toEqual([]);
    expect(searchMemos(ctx, 'baru')).toHaveLength(1);
    deleteMemo(ctx, memo.id);
    expect(searchMemos(ctx, 'baru')).toEqual([]);
  });

  it('undoes a burst of typing in one step when updates come within two seconds', () => {
    const memo = aMemo('a');
    for (const text of ['ab', 'abc', 'abcd']) {
      clock += 500;
      updateMemo(ctx, memo.id, { bodyJson: body(text), bodyText: text });
    }
    clock += 10_000;
    updateMemo(ctx, memo.id, { title: 'Later' });
    undo(ctx);
    expect(getMemo(ctx, memo.id)).toMatchObject({ title: 'Anggaran', bodyText: 'abcd' });
    expect(undo(ctx)).toMatchObject({ done: true, action: 'memos.update' });
    expect(getMemo(ctx, memo.id).bodyText).toBe('a');
    expect(historyState(ctx).undoAction).toBe('memos.create');
    redo(ctx);
    expect(getMemo(ctx, memo.id).bodyText).toBe('abcd');
  });

  it('brings a deleted memo back on undo', () => {
    const memo = aMemo();
    deleteMemo(ctx, memo.id);
    expect(listMemos(ctx)).toEqual([]);
    expect(undo(ctx)).toEqual({ done: true, action: 'memos.delete', label: 'Anggaran' });
    expect(getMemo(ctx, memo.id)).toEqual(memo);
    expect(searchMemos(ctx, 'anggaran tetap')).toHaveLength(1);
  });

  it('refuses a code memo without a target', () => {
    expect(() =>
      createMemo(ctx, {
        title: 'x',
        bodyJson: body('x'),
        bodyText: 'x',
        targetType: 'code',
        targetId: null,
      }),
    ).toThrow(/needs a target/u);
  });
});
