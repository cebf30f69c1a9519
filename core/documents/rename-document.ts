import { eq } from 'drizzle-orm';
import type { Ctx } from '../context';
import { documents } from '../../db/schema';
import { TelaahError } from '../errors';
import { inChange } from '../events/in-change';
import { documentEventRow, requireDocument } from './document-row';

/** Changes a document's title. */
export function renameDocument(ctx: Ctx, id: string, title: string): { id: string; title: string } {
  const clean = title.trim();
  if (clean === '') {
    throw new TelaahError('invalid_input', 'Invalid input: a document needs a title.', {
      detail: 'title',
    });
  }
  return inChange(ctx, (change) => {
    const before = requireDocument(ctx, id);
    ctx.db.update(documents).set({ title: clean }).where(eq(documents.id, id)).run();
    change.record({
      action: 'documents.rename',
      entityType: 'document',
      entityId: id,
      before: documentEventRow(before),
      after: { ...documentEventRow(before), title: clean },
    });
    return { id, title: clean };
  });
}
