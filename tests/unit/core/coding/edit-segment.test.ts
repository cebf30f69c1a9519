import { describe, expect, it } from 'vitest';
import { codeRange } from '../../../../core/coding/code-range';
import { createCode } from '../../../../core/coding/create-code';
import {
  deleteSegment,
  resizeSegment,
  setSegmentCodes,
  uncode,
} from '../../../../core/coding/edit-segment';
import { listSegments } from '../../../../core/coding/list-segments';
import { addDocument } from '../../../../core/documents/add-document';
import { aCode, aDocument, aDocumentInput } from '../../../helpers/builders';
import { createTestDb } from '../../../helpers/create-test-db';

const TEXT = 'Program pertukaran pelajar berjalan setiap tahun sejak 2005.';

function setup() {
  const ctx = createTestDb();
  const { id: documentId } = addDocument(ctx, aDocumentInput(aDocument([TEXT])));
  const a = createCode(ctx, aCode('culture')).id;
  const b = createCode(ctx, aCode('norm')).id;
  const segment = codeRange(ctx, { documentId, start: 0, end: 26, codeIds: [a, b] });
  return { ctx, a, b, segment };
}

describe('uncode', () => {
  it('keeps the segment when another code remains', () => {
    const { ctx, a, segment } = setup();
    expect(uncode(ctx, segment.id, a)).toEqual({ segmentDeleted: false });
    expect(listSegments(ctx)[0]?.codeIds).toHaveLength(1);
  });

  it('removes the segment when its last code is removed', () => {
    const { ctx, a, b, segment } = setup();
    uncode(ctx, segment.id, a);
    expect(uncode(ctx, segment.id, b)).toEqual({ segmentDeleted: true });
    expect(listSegments(ctx)).toHaveLength(0);
  });
});

describe('resizeSegment', () => {
  it('re-trims and re-slices the quote when the edges move', () => {
    const { ctx, segment } = setup();
    const resized = resizeSegment(ctx, segment.id, 7, 27);
    expect(resized.quote).toBe('pertukaran pelajar');
    expect(resized.start).toBe(8);
    expect(resized.prefix).toBe('Program ');
  });
});

describe('setSegmentCodes', () => {
  it('replaces the codes of a segment when given a new set', () => {
    const { ctx, b, segment } = setup();
    expect(setSegmentCodes(ctx, segment.id, [b])?.codeIds).toEqual([b]);
  });

  it('deletes the segment when given no codes', () => {
    const { ctx, segment } = setup();
    expect(setSegmentCodes(ctx, segment.id, [])).toBeNull();
    expect(listSegments(ctx)).toHaveLength(0);
  });
});

describe('deleteSegment', () => {
  it('removes the segment and its codings', () => {
    const { ctx, segment } = setup();
    deleteSegment(ctx, segment.id);
    const codings = ctx.db.$client.prepare('select count(*) as n from codings').get() as {
      n: number;
    };
    expect(codings.n).toBe(0);
  });
});
