import { describe, expect, it } from 'vitest';
import { cooccurrence } from '../../../../../core/analysis/network/cooccurrence';
import { cooccurrenceExcerpts } from '../../../../../core/analysis/network/cooccurrence-excerpts';
import { codeRange } from '../../../../../core/coding/code-range';
import { ensureCoder } from '../../../../../core/coding/coders';
import { networkFixture } from './network-fixture';

const pairOf = (table: ReturnType<typeof cooccurrence>, x: string, y: string) =>
  table.pairs.find((p) => (p.codeA === x && p.codeB === y) || (p.codeA === y && p.codeB === x));

describe('cooccurrence', () => {
  it('counts codings whose ranges overlap, and the documents they are in', () => {
    const { ctx, codes, code, addDoc } = networkFixture();
    code('menjaga norma gotong', [codes.a]);
    code('norma gotong royong', [codes.b]);
    code('Pelabuhan', [codes.c]);
    const other = addDoc('Catatan', ['Norma dan budaya kota.']);
    code('Norma dan budaya', [codes.a, codes.b], other);
    const table = cooccurrence(ctx);
    expect(pairOf(table, codes.a, codes.b)).toMatchObject({ count: 2, documents: 2 });
    expect(pairOf(table, codes.a, codes.c)).toBeUndefined();
    expect(table.codes.find((c) => c.id === codes.a)).toMatchObject({ codings: 2, documents: 2 });
  });

  it('computes the c-coefficient as n12 / (n1 + n2 − n12)', () => {
    const { ctx, codes, code } = networkFixture();
    code('Warga kota', [codes.a, codes.b]);
    code('gotong royong', [codes.a]);
    code('Pelabuhan', [codes.b]);
    const pair = pairOf(cooccurrence(ctx), codes.a, codes.b);
    expect(pair).toMatchObject({ count: 1 });
    expect(pair?.c).toBeCloseTo(1 / (2 + 2 - 1));
  });

  it('does not count codings that only touch, unless near within N characters', () => {
    const { ctx, codes, code } = networkFixture();
    code('Warga kota', [codes.a]);
    code('menjaga norma', [codes.b]);
    expect(pairOf(cooccurrence(ctx), codes.a, codes.b)).toBeUndefined();
    expect(
      pairOf(cooccurrence(ctx, { proximity: { mode: 'near', chars: 0 } }), codes.a, codes.b),
    ).toBeUndefined();
    expect(
      pairOf(cooccurrence(ctx, { proximity: { mode: 'near', chars: 1 } }), codes.a, codes.b),
    ).toMatchObject({ count: 1 });
  });

  it('counts codings in the same paragraph, and not across paragraphs, in paragraph mode', () => {
    const { ctx, codes, code } = networkFixture();
    code('Warga', [codes.a]);
    code('royong', [codes.b]);
    code('Pelabuhan', [codes.c]);
    const table = cooccurrence(ctx, { proximity: { mode: 'paragraph' } });
    expect(pairOf(table, codes.a, codes.b)).toMatchObject({ count: 1 });
    expect(pairOf(table, codes.a, codes.c)).toBeUndefined();
    expect(pairOf(cooccurrence(ctx), codes.a, codes.b)).toBeUndefined();
  });

  it('counts only the codings of the chosen coders and documents', () => {
    const { ctx, codes, code, documentId, addDoc } = networkFixture();
    code('norma gotong', [codes.a, codes.b]);
    const other = addDoc('Catatan', ['Norma dan budaya kota.']);
    const dewi = ensureCoder(ctx.db, ctx, 'Dewi');
    const asDewi = { ...ctx, coderId: dewi.id };
    codeRange(asDewi, { documentId: other, start: 0, end: 5, codeIds: [codes.a, codes.b] });
    expect(pairOf(cooccurrence(ctx, { coderIds: [dewi.id] }), codes.a, codes.b)).toMatchObject({
      count: 1,
      documents: 1,
    });
    expect(
      pairOf(cooccurrence(ctx, { documentIds: [documentId] }), codes.a, codes.b),
    ).toMatchObject({ count: 1 });
    expect(
      pairOf(cooccurrence(ctx, { codeIds: [codes.a, codes.c] }), codes.a, codes.b),
    ).toBeUndefined();
  });
});

describe('cooccurrenceExcerpts', () => {
  it('returns each co-occurring pair with both quotes, code A first', () => {
    const { ctx, codes, code } = networkFixture();
    code('menjaga norma gotong', [codes.b]);
    code('norma gotong royong', [codes.a]);
    code('Pelabuhan', [codes.a]);
    const pairs = cooccurrenceExcerpts(ctx, codes.a, codes.b);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({
      documentTitle: 'Laporan',
      a: { codeId: codes.a, quote: 'norma gotong royong' },
      b: { codeId: codes.b, quote: 'menjaga norma gotong' },
    });
  });
});
