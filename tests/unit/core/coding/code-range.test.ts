import { describe, expect, it } from 'vitest';
import { codeRange } from '../../../../core/coding/code-range';
import { createCode } from '../../../../core/coding/create-code';
import { listSegments } from '../../../../core/coding/list-segments';
import { addDocument } from '../../../../core/documents/add-document';
import { listEvents } from '../../../../core/events/list-events';
import { aCode, aDocument, aDocumentInput } from '../../../helpers/builders';
import { createTestDb } from '../../../helpers/create-test-db';

const TEXT = 'Kerjasama sister city antara Surabaya dan Kitakyushu dimulai pada tahun 1997.';

function setup(): {
  ctx: ReturnType<typeof createTestDb>;
  documentId: string;
  a: string;
  b: string;
} {
  const ctx = createTestDb();
  const { id: documentId } = addDocument(ctx, aDocumentInput(aDocument([TEXT])));
  return {
    ctx,
    documentId,
    a: createCode(ctx, aCode('actor')).id,
    b: createCode(ctx, aCode('time')).id,
  };
}

describe('codeRange', () => {
  it('trims whitespace at both edges and stores quote, prefix and suffix when the range has spaces', () => {
    const { ctx, documentId, a } = setup();
    const start = TEXT.indexOf(' Surabaya');
    const segment = codeRange(ctx, { documentId, start, end: start + 10, codeIds: [a] });
    expect(segment.quote).toBe('Surabaya');
    expect(segment.start).toBe(start + 1);
    expect(segment.prefix).toBe('Kerjasama sister city antara ');
    expect(segment.suffix).toBe(' dan Kitakyushu dimulai pada tah');
  });

  it('throws empty_range and writes nothing when the range is only whitespace', () => {
    const { ctx, documentId, a } = setup();
    const before = listEvents(ctx).length;
    const start = TEXT.indexOf(' dan');
    expect(() => codeRange(ctx, { documentId, start, end: start + 1, codeIds: [a] })).toThrow(
      expect.objectContaining({ code: 'empty_range' }),
    );
    expect(listSegments(ctx)).toHaveLength(0);
    expect(listEvents(ctx)).toHaveLength(before);
  });

  it('throws range_out_of_bounds when the range leaves the text', () => {
    const { ctx, documentId, a } = setup();
    expect(() =>
      codeRange(ctx, { documentId, start: 5, end: TEXT.length + 1, codeIds: [a] }),
    ).toThrow(expect.objectContaining({ code: 'range_out_of_bounds' }));
    expect(() => codeRange(ctx, { documentId, start: 5, end: 5, codeIds: [a] })).toThrow(
      expect.objectContaining({ code: 'range_out_of_bounds' }),
    );
  });

  it('adds the missing code to the existing segment when the same range is coded again', () => {
    const { ctx, documentId, a, b } = setup();
    const first = codeRange(ctx, { documentId, start: 0, end: 9, codeIds: [a] });
    const second = codeRange(ctx, { documentId, start: 0, end: 9, codeIds: [a, b] });
    expect(second.id).toBe(first.id);
    expect(second.codeIds.sort()).toEqual([a, b].sort());
    expect(listSegments(ctx)).toHaveLength(1);
  });

  it('keeps overlapping and nested segments apart when ranges overlap', () => {
    const { ctx, documentId, a, b } = setup();
    codeRange(ctx, { documentId, start: 0, end: 40, codeIds: [a] });
    codeRange(ctx, { documentId, start: 10, end: 21, codeIds: [b] });
    codeRange(ctx, { documentId, start: 30, end: 60, codeIds: [b] });
    const segments = listSegments(ctx, { documentId });
    expect(segments.map((s) => s.quote)).toEqual([
      TEXT.slice(0, 40),
      'sister city',
      TEXT.slice(30, 60).trim(),
    ]);
    expect(listSegments(ctx, { codeId: b })).toHaveLength(2);
  });

  it('records the segment and its codings in one event group when a range is coded', () => {
    const { ctx, documentId, a, b } = setup();
    const before = listEvents(ctx).length;
    codeRange(ctx, { documentId, start: 0, end: 9, codeIds: [a, b] });
    const events = listEvents(ctx).slice(before);
    expect(events.map((e) => e.action)).toEqual([
      'segments.create',
      'segments.code',
      'segments.code',
    ]);
    expect(new Set(events.map((e) => e.groupId)).size).toBe(1);
  });
});
