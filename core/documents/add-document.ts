import { eq } from 'drizzle-orm';
import type { Ctx } from '../context';
import { documents } from '../../db/schema';
import { TelaahError } from '../errors';
import { inChange } from '../events/in-change';
import type { ImportedDocument, SourceKind } from '../import/imported-document';
import { toCanonicalText } from '../text/to-canonical-text';
import { documentBlocks } from './document-blocks';

/** What callers get back about a stored document. */
export interface DocumentSummary {
  id: string;
  title: string;
  kind: SourceKind;
  originalName: string;
  pageCount: number | null;
  language: string | null;
  notes: string[];
  textLength: number;
  importedAt: number;
}

export interface AddDocumentInput {
  imported: ImportedDocument;
  originalName: string;
  /** SHA-256 (hex) of the source file's bytes, to refuse importing the same file twice. */
  sha256: string;
}

/**
 * Stores an imported document with its canonical text and page map, and indexes its blocks for
 * search, in one transaction. The same file twice is refused with import_duplicate.
 */
export function addDocument(ctx: Ctx, input: AddDocumentInput): DocumentSummary {
  const { imported, originalName, sha256 } = input;
  return inChange(ctx, (change) => {
    const existing = ctx.db
      .select({ title: documents.title })
      .from(documents)
      .where(eq(documents.sha256, sha256))
      .get();
    if (existing !== undefined) {
      throw new TelaahError(
        'import_duplicate',
        `“${originalName}” is already in the project as “${existing.title}”.`,
        { file: originalName, title: existing.title },
      );
    }
    const { text, runs, pageMap } = toCanonicalText(imported.doc);
    const summary: DocumentSummary = {
      id: ctx.newId(),
      title: imported.title.trim() || originalName,
      kind: imported.kind,
      originalName,
      pageCount: imported.pageCount,
      language: imported.language,
      notes: imported.notes,
      textLength: text.length,
      importedAt: ctx.now(),
    };
    ctx.db
      .insert(documents)
      .values({
        ...summary,
        sha256,
        docJson: JSON.stringify(imported.doc),
        text,
        pageMap: pageMap.length > 0 ? JSON.stringify(pageMap) : null,
        notes: JSON.stringify(imported.notes),
        sortOrder: nextDocumentOrder(ctx),
      })
      .run();
    indexBlocks(ctx, summary.id, text, documentBlocks(runs, text.length));
    // The text itself is immutable and large; the event keeps the summary and the hash.
    change.record({
      action: 'documents.create',
      entityType: 'document',
      entityId: summary.id,
      before: null,
      after: { ...summary, sha256 },
    });
    return summary;
  });
}

function nextDocumentOrder(ctx: Ctx): number {
  const row = ctx.db.$client
    .prepare('select coalesce(max(sort_order), -1) + 1 as n from documents')
    .get() as {
    n: number;
  };
  return row.n;
}

function indexBlocks(
  ctx: Ctx,
  documentId: string,
  text: string,
  blocks: { start: number; end: number }[],
): void {
  const insert = ctx.db.$client.prepare(
    'insert into document_blocks_fts (document_id, block_start, block_end, text) values (?, ?, ?, ?)',
  );
  for (const block of blocks)
    insert.run(documentId, block.start, block.end, text.slice(block.start, block.end));
}
