import { describe, expect, it } from 'vitest';
import { codeRange } from '../../../../core/coding/code-range';
import { createCode } from '../../../../core/coding/create-code';
import { addDocument } from '../../../../core/documents/add-document';
import { searchText } from '../../../../core/search/search-text';
import { aCode, aDocument, aDocumentInput } from '../../../helpers/builders';
import { createTestDb } from '../../../helpers/create-test-db';

const BLOCKS = [
  { page: 1, label: '1' },
  'Kerjasama sister city antara Surabaya dan Kitakyushu.',
  { page: 2, label: '2' },
  'Di café kota, delegasi membahas kerjasama ekonomi dan budaya.',
  'The municipal résumé mentions cooperation; see “Kerja sama”.',
];

function setup() {
  const ctx = createTestDb();
  const doc = addDocument(ctx, aDocumentInput(aDocument(BLOCKS, { kind: 'pdf', pageCount: 2 })));
  return { ctx, doc };
}

describe('searchText', () => {
  it('finds words regardless of case when the text capitalises them', () => {
    const { ctx, doc } = setup();
    const hits = searchText(ctx, 'kerjasama');
    expect(hits).toHaveLength(2);
    const text = ctx.db.$client.prepare('select text from documents').get() as { text: string };
    expect(hits.map((h) => text.text.slice(h.start, h.end))).toEqual(['Kerjasama', 'kerjasama']);
    expect(hits[0]).toMatchObject({ documentId: doc.id, page: { page: 1, label: '1' } });
    expect(hits[1]?.page).toEqual({ page: 2, label: '2' });
  });

  it('finds accented words when the query has no diacritics', () => {
    const { ctx } = setup();
    const hits = searchText(ctx, 'cafe');
    expect(hits).toHaveLength(1);
    expect(hits[0]?.snippet).toContain('«café»');
    expect(searchText(ctx, 'RESUME')).toHaveLength(1);
  });

  it('requires every word to occur in the same block when several words are given', () => {
    const { ctx } = setup();
    expect(searchText(ctx, 'kerjasama budaya').map((h) => h.end - h.start)).toEqual([9, 6]);
    expect(searchText(ctx, 'surabaya budaya')).toEqual([]);
  });

  it('matches a quoted phrase as consecutive words', () => {
    const { ctx } = setup();
    const hits = searchText(ctx, '"kerja sama"');
    expect(hits).toHaveLength(1);
    expect(searchText(ctx, '"sama kerja"')).toEqual([]);
  });

  it('returns nothing instead of failing when the query is only punctuation or FTS syntax', () => {
    const { ctx } = setup();
    expect(searchText(ctx, '"*^-:()')).toEqual([]);
    expect(searchText(ctx, 'NEAR( kerjasama OR')).toEqual([]);
    expect(searchText(ctx, 'kerjasama*)')).toHaveLength(2);
  });

  it('returns offsets that codeRange accepts when a hit is coded directly', () => {
    const { ctx, doc } = setup();
    const [hit] = searchText(ctx, 'Kitakyushu');
    const code = createCode(ctx, aCode('actor'));
    const segment = codeRange(ctx, {
      documentId: doc.id,
      start: hit!.start,
      end: hit!.end,
      codeIds: [code.id],
    });
    expect(segment.quote).toBe('Kitakyushu');
  });

  it('stops at the limit when there are more hits', () => {
    const { ctx } = setup();
    expect(searchText(ctx, 'kerjasama', { limit: 1 })).toHaveLength(1);
  });
});
