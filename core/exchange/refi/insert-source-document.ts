import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { documents } from '../../../db/schema';
import type { Ctx } from '../../context';
import { documentBlocks } from '../../documents/document-blocks';
import type { Change } from '../../events/in-change';
import { toCanonicalText } from '../../text/to-canonical-text';
import type { TextDocument } from './text-to-document';

export interface SourceDocumentInput {
  id: string;
  title: string;
  originalName: string;
  kind: 'txt' | 'pdf';
  built: TextDocument;
}

/** The document already holding this text, if any (same SHA-256 of the canonical text). */
export function findSameText(ctx: Ctx, text: string): { id: string; title: string } | undefined {
  return ctx.db
    .select({ id: documents.id, title: documents.title })
    .from(documents)
    .where(eq(documents.sha256, sha256(text)))
    .get();
}

/**
 * Stores an imported source as a document inside the import's change, as addDocument does
 * (row, search index, event), but with the id the file gave so ids survive a round trip.
 */
export function insertSourceDocument(ctx: Ctx, change: Change, input: SourceDocumentInput): void {
  const { text, runs } = toCanonicalText(input.built.doc);
  const order = ctx.db
    .select({ n: sql<number>`coalesce(max(${documents.sortOrder}), -1) + 1` })
    .from(documents)
    .get();
  const summary = {
    id: input.id,
    title: input.title,
    kind: input.kind,
    originalName: input.originalName,
    pageCount: null,
    language: null,
    notes: [] as string[],
    textLength: text.length,
    importedAt: ctx.now(),
  };
  const hash = sha256(text);
  ctx.db
    .insert(documents)
    .values({
      id: summary.id,
      title: summary.title,
      kind: summary.kind,
      originalName: summary.originalName,
      sha256: hash,
      importedAt: summary.importedAt,
      pageCount: null,
      language: null,
      notes: '[]',
      sortOrder: order?.n ?? 0,
      pageMap: null,
      text,
      docJson: JSON.stringify(input.built.doc),
    })
    .run();
  const insert = ctx.db.$client.prepare(
    'insert into document_blocks_fts (document_id, block_start, block_end, text) values (?, ?, ?, ?)',
  );
  for (const block of documentBlocks(runs, text.length)) {
    insert.run(summary.id, block.start, block.end, text.slice(block.start, block.end));
  }
  change.record({
    action: 'documents.create',
    entityType: 'document',
    entityId: summary.id,
    before: null,
    after: { ...summary, sha256: hash },
  });
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
