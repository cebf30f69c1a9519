import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureCoder } from '../../../../core/coding/coders';
import { createCode } from '../../../../core/coding/create-code';
import { updateCode } from '../../../../core/coding/update-code';
import type { Ctx } from '../../../../core/context';
import { historyTops } from '../../../../core/history/history-tops';
import { redo, undo } from '../../../../core/history/undo-redo';
import { codes } from '../../../../db/schema';
import { createTestDb } from '../../../helpers/create-test-db';
import { aCode } from '../../../helpers/builders';

describe('historyTops', () => {
  let ctx: Ctx;
  beforeEach(() => {
    ctx = createTestDb();
  });
  afterEach(() => {
    ctx.db.$client.close();
  });

  it('finds nothing to undo or redo when only Telaah itself has changed the project', () => {
    expect(historyTops(ctx)).toEqual({ undo: null, undoBlockedBy: null, redo: null });
  });

  it('keeps redo available when a coder joins after an undo', () => {
    createCode(ctx, aCode('trust'));
    undo(ctx);
    const redoTarget = historyTops(ctx).redo;
    ensureCoder(ctx.db, ctx, 'newcomer');
    expect(historyTops(ctx).redo).toBe(redoTarget);
    expect(redo(ctx).done).toBe(true);
  });

  it('undoes a redone change again before older ones', () => {
    const a = createCode(ctx, aCode('a'));
    const b = createCode(ctx, aCode('b'));
    undo(ctx);
    undo(ctx);
    redo(ctx);
    expect(historyTops(ctx)).toMatchObject({ undoBlockedBy: null });
    expect(undo(ctx)).toMatchObject({ action: 'codes.create', label: 'a' });
    expect(redo(ctx)).toMatchObject({ label: 'a' });
    expect(redo(ctx)).toMatchObject({ label: 'b' });
    expect(
      ctx.db
        .select()
        .from(codes)
        .all()
        .map((c) => c.id),
    ).toEqual([a.id, b.id]);
  });
});

describe('undo', () => {
  it('refuses with conflict and changes nothing when a row changed outside the log', () => {
    const ctx = createTestDb();
    const code = createCode(ctx, aCode('trust'));
    updateCode(ctx, code.id, { name: 'kepercayaan' });
    ctx.db.$client.prepare("update codes set name = 'edited elsewhere'").run();
    expect(() => undo(ctx)).toThrow(/cannot follow/u);
    expect(ctx.db.select().from(codes).get()?.name).toBe('edited elsewhere');
    expect(historyTops(ctx).undo).not.toBeNull();
    ctx.db.$client.close();
  });
});
