import { describe, expect, it } from 'vitest';
import {
  createCodeLink,
  deleteCodeLink,
  listCodeLinks,
  updateCodeLink,
} from '../../../../../core/analysis/network/code-links';
import type { TelaahError } from '../../../../../core/errors';
import { redo, undo } from '../../../../../core/history/undo-redo';
import { networkFixture } from './network-fixture';

describe('code links', () => {
  it('draws a typed link that one undo removes and redo draws again', () => {
    const { ctx, codes } = networkFixture();
    const link = createCodeLink(ctx, {
      sourceCodeId: codes.a,
      targetCodeId: codes.b,
      type: '  leads   to ',
      note: 'seen in two papers',
    });
    expect(link).toMatchObject({
      type: 'leads to',
      note: 'seen in two papers',
      authorId: ctx.coderId,
    });
    expect(listCodeLinks(ctx)).toHaveLength(1);
    undo(ctx);
    expect(listCodeLinks(ctx)).toHaveLength(0);
    redo(ctx);
    expect(listCodeLinks(ctx)).toEqual([link]);
  });

  it('refuses the same typed link twice and a link from a code to itself', () => {
    const { ctx, codes } = networkFixture();
    createCodeLink(ctx, { sourceCodeId: codes.a, targetCodeId: codes.b, type: 'contradicts' });
    expect(() =>
      createCodeLink(ctx, { sourceCodeId: codes.a, targetCodeId: codes.b, type: 'contradicts' }),
    ).toThrow(expect.objectContaining({ code: 'conflict' }) as TelaahError);
    expect(() =>
      createCodeLink(ctx, { sourceCodeId: codes.a, targetCodeId: codes.a, type: 'part of' }),
    ).toThrow(expect.objectContaining({ code: 'invalid_input' }) as TelaahError);
    expect(() =>
      createCodeLink(ctx, { sourceCodeId: codes.a, targetCodeId: 'nope', type: 'part of' }),
    ).toThrow(expect.objectContaining({ code: 'not_found' }) as TelaahError);
  });

  it('changes the type and restores the link on undo of a delete', () => {
    const { ctx, codes } = networkFixture();
    const link = createCodeLink(ctx, {
      sourceCodeId: codes.b,
      targetCodeId: codes.c,
      type: 'part of',
    });
    const changed = updateCodeLink(ctx, link.id, { type: 'is property of' });
    expect(changed.type).toBe('is property of');
    deleteCodeLink(ctx, link.id);
    expect(listCodeLinks(ctx)).toEqual([]);
    undo(ctx);
    expect(listCodeLinks(ctx)).toEqual([changed]);
  });
});
