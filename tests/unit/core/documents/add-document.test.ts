import { describe, expect, it } from 'vitest';
import { addDocument } from '../../../../core/documents/add-document';
import { deleteDocument } from '../../../../core/documents/delete-document';
import { getDocument } from '../../../../core/documents/get-document';
import { listDocuments } from '../../../../core/documents/list-documents';
import { listEvents } from '../../../../core/events/list-events';
import { aDocument, aDocumentInput } from '../../../helpers/builders';
import { createTestDb } from '../../../helpers/create-test-db';

describe('addDocument', () => {
  it('stores the canonical text and page map when a paged document is added', () => {
    const ctx = createTestDb();
    const doc = aDocument(
      [{ page: 1, label: 'i' }, 'Halaman satu.', { page: 2, label: 'ii' }, 'Halaman dua.'],
      {
        kind: 'pdf',
        pageCount: 2,
      },
    );
    const summary = addDocument(ctx, aDocumentInput(doc));
    const stored = getDocument(ctx, summary.id);
    expect(stored.text).toBe('Halaman satu.\n\nHalaman dua.');
    expect(stored.pageMap).toEqual([
      { page: 1, label: 'i', start: 0 },
      { page: 2, label: 'ii', start: 15 },
    ]);
    expect(stored.docJson).toEqual(doc.doc);
  });

  it('refuses the same file twice and names the existing title when sha256 repeats', () => {
    const ctx = createTestDb();
    addDocument(ctx, aDocumentInput(aDocument(['Satu.'], { title: 'Pertama' })));
    const again = {
      ...aDocumentInput(aDocument(['Satu.'], { title: 'Kedua' })),
      originalName: 'copy.txt',
    };
    expect(() => addDocument(ctx, again)).toThrow(/already in the project as “Pertama”/u);
    expect(listDocuments(ctx)).toHaveLength(1);
  });

  it('leaves no row, no index entry and no event when the insert fails', () => {
    const ctx = createTestDb();
    addDocument(ctx, aDocumentInput(aDocument(['Satu.'])));
    const eventsBefore = listEvents(ctx).length;
    expect(() => addDocument(ctx, aDocumentInput(aDocument(['Satu.'])))).toThrow();
    const fts = ctx.db.$client.prepare('select count(*) as n from document_blocks_fts').get() as {
      n: number;
    };
    expect(fts.n).toBe(1);
    expect(listEvents(ctx)).toHaveLength(eventsBefore);
  });

  it('removes the search index entries when the document is deleted', () => {
    const ctx = createTestDb();
    const { id } = addDocument(ctx, aDocumentInput(aDocument(['Satu.', 'Dua.'])));
    deleteDocument(ctx, id);
    const fts = ctx.db.$client.prepare('select count(*) as n from document_blocks_fts').get() as {
      n: number;
    };
    expect(fts.n).toBe(0);
    expect(listEvents(ctx, { action: 'documents.delete' })).toHaveLength(1);
  });
});
