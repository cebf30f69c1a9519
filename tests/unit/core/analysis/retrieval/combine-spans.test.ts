import { describe, expect, it } from 'vitest';
import {
  andSpans,
  notSpans,
  overlappingSpans,
  withinCharacters,
  withinParagraphs,
} from '../../../../../core/analysis/retrieval/combine-spans';
import type { Span } from '../../../../../core/analysis/retrieval/span';

const span = (id: string, start: number, end: number, coderId = 'c1', documentId = 'd1'): Span => ({
  documentId,
  start,
  end,
  segmentIds: [id],
  coderId,
});

describe('andSpans', () => {
  it('keeps A whole or cuts it to the shared text', () => {
    const a = [span('a', 0, 10)];
    const b = [span('b', 5, 20)];
    expect(andSpans(a, b, { span: 'segment', sameCoder: false })).toEqual(a);
    expect(andSpans(a, b, { span: 'intersection', sameCoder: false })).toEqual([
      { documentId: 'd1', start: 5, end: 10, segmentIds: ['a', 'b'], coderId: 'c1' },
    ]);
  });

  it('does not pair spans that only touch, or are in other documents, or by other coders', () => {
    const a = [span('a', 0, 10)];
    expect(andSpans(a, [span('b', 10, 20)], { span: 'segment', sameCoder: false })).toEqual([]);
    expect(
      andSpans(a, [span('b', 0, 5, 'c1', 'd2')], { span: 'segment', sameCoder: false }),
    ).toEqual([]);
    expect(andSpans(a, [span('b', 2, 5, 'c2')], { span: 'segment', sameCoder: true })).toEqual([]);
  });

  it('finds a long B that starts well before A', () => {
    const b = [span('long', 0, 1000), span('short', 10, 12)];
    expect(andSpans([span('a', 900, 950)], b, { span: 'segment', sameCoder: false })).toHaveLength(
      1,
    );
  });
});

describe('overlappingSpans and notSpans', () => {
  it('returns both sides of each overlap, and the A spans with none', () => {
    const a = [span('a1', 0, 10), span('a2', 30, 40)];
    const b = [span('b1', 8, 15), span('b2', 50, 60)];
    expect(overlappingSpans(a, b, false).map((s) => s.segmentIds[0])).toEqual(['a1', 'b1']);
    expect(notSpans(a, b, false).map((s) => s.segmentIds[0])).toEqual(['a2']);
  });
});

describe('within', () => {
  it('measures the gap in characters, touching counting as 0', () => {
    const a = [span('a', 0, 10)];
    expect(withinCharacters(a, [span('b', 10, 12)], 0, false)).toHaveLength(1);
    expect(withinCharacters(a, [span('b', 15, 20)], 4, false)).toHaveLength(0);
    expect(withinCharacters(a, [span('b', 15, 20)], 5, false)).toHaveLength(1);
  });

  it('measures paragraphs between the nearest ends', () => {
    const paragraphOf = (_doc: string, offset: number): number => Math.floor(offset / 100);
    const a = [span('a', 150, 250)];
    expect(withinParagraphs(a, [span('b', 310, 320)], 0, false, paragraphOf)).toHaveLength(0);
    expect(withinParagraphs(a, [span('b', 310, 320)], 1, false, paragraphOf)).toHaveLength(1);
    expect(withinParagraphs(a, [span('b', 10, 20)], 1, false, paragraphOf)).toHaveLength(1);
  });
});
