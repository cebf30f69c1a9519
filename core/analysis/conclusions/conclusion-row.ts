import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { conclusions, type conclusionEvidence, type conclusionTactics } from '../../../db/schema';
import { TelaahError } from '../../errors';

export type ConclusionRow = typeof conclusions.$inferSelect;
export type EvidenceRow = typeof conclusionEvidence.$inferSelect;
export type TacticRow = typeof conclusionTactics.$inferSelect;

/** The conclusion with this id, or not_found. */
export function requireConclusion(ctx: Ctx, id: string): ConclusionRow {
  const row = ctx.db.select().from(conclusions).where(eq(conclusions.id, id)).get();
  if (row === undefined) {
    throw new TelaahError('not_found', `Conclusion not found: ${id}`, {
      what: 'Conclusion',
      name: id,
    });
  }
  return row;
}

/** A claim's text, trimmed; an empty claim is refused. */
export function checkClaim(claim: string): string {
  const trimmed = claim.trim();
  if (trimmed === '') {
    throw new TelaahError('invalid_input', 'Invalid input: write the claim.', { detail: 'claim' });
  }
  return trimmed;
}
