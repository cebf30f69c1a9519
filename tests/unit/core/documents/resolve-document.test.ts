import { describe, expect, it } from 'vitest';
import { addDocument } from '../../../../core/documents/add-document';
import { renameDocument } from '../../../../core/documents/rename-document';
import { resolveDocument } from '../../../../core/documents/resolve-document';
import { aDocument, aDocumentInput } from '../../../helpers/builders';
import { createTestDb } from '../../../helpers/create-test-db';

function twoDocs(): ReturnType<typeof createTestDb> {
  const ctx = createTestDb();
  addDocument(ctx, aDocumentInput(aDocument(['a'], { title: 'Laporan Surabaya 2019' })));
  addDocument(ctx, aDocumentInput(aDocument(['b'], { title: 'Laporan Surabaya 2020' })));
  addDocument(ctx, aDocumentInput(aDocument(['c'], { title: 'MoU Kitakyushu' })));
  return ctx;
}

describe('resolveDocument', () => {
  it('finds a document by a unique case-insensitive title prefix when one matches', () => {
    expect(resolveDocument(twoDocs(), 'mou').title).toBe('MoU Kitakyushu');
  });

  it('lists the candidates when a prefix matches several documents', () => {
    expect(() => resolveDocument(twoDocs(), 'laporan')).toThrow(/matches 2 documents/u);
  });

  it('throws not_found when nothing matches', () => {
    expect(() => resolveDocument(twoDocs(), 'zzz')).toThrow(
      expect.objectContaining({ code: 'not_found' }),
    );
  });

  it('finds a renamed document by its new title when it was renamed', () => {
    const ctx = twoDocs();
    const { id } = resolveDocument(ctx, 'MoU Kitakyushu');
    renameDocument(ctx, id, 'Perjanjian');
    expect(resolveDocument(ctx, 'Perjanjian').id).toBe(id);
  });
});
