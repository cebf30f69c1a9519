import { eq } from 'drizzle-orm';
import type { Ctx } from '../context';
import { documents } from '../../db/schema';
import { inChange } from '../events/in-change';
import { documentEventRow, requireDocument } from './document-row';

/**
 * Deletes a document with its segments, codings and values (cascade) and its search index
 * (trigger). Returns how many segments went with it.
 */
export function deleteDocument(ctx: Ctx, id: string): { deletedSegments: number } {
  return inChange(ctx, (change) => {
    const row = requireDocument(ctx, id);
    const segments = ctx.db.$client
      .prepare('select * from segments where document_id = ?')
      .all(id) as { id: string }[];
    for (const segment of segments) {
      change.record({
        action: 'segments.delete',
        entityType: 'segment',
        entityId: segment.id,
        before: segment,
        after: null,
      });
    }
    ctx.db.delete(documents).where(eq(documents.id, id)).run();
    change.record({
      action: 'documents.delete',
      entityType: 'document',
      entityId: id,
      before: documentEventRow(row),
      after: null,
    });
    return { deletedSegments: segments.length };
  });
}
