import { eq } from 'drizzle-orm';
import type { Ctx } from '../context';
import { documents } from '../../db/schema';
import { TelaahError } from '../errors';

/** A document row as stored. */
export type DocumentRow = typeof documents.$inferSelect;

/** The document with this id, or not_found. */
export function requireDocument(ctx: Ctx, id: string): DocumentRow {
  const row = ctx.db.select().from(documents).where(eq(documents.id, id)).get();
  if (row === undefined) {
    throw new TelaahError('not_found', `Document not found: ${id}`, { what: 'Document', name: id });
  }
  return row;
}

/** A row without its large columns, as recorded in events. */
export function documentEventRow(row: DocumentRow): Omit<DocumentRow, 'docJson' | 'text'> {
  const rest: Partial<DocumentRow> = { ...row };
  delete rest.docJson;
  delete rest.text;
  return rest as Omit<DocumentRow, 'docJson' | 'text'>;
}
