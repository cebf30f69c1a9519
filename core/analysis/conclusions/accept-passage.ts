import type { Ctx } from '../../context';
import { codeRangeIn } from '../../coding/code-range';
import { TelaahError } from '../../errors';
import { inChange } from '../../events/in-change';
import { requireConclusion, type EvidenceRow } from './conclusion-row';
import { loadExcerpts } from './load-excerpts';
import { setEvidenceIn } from './set-evidence';

export interface AcceptPassageInput {
  conclusionId: string;
  documentId: string;
  start: number;
  end: number;
  /** The code for the new excerpt; default: the first (by path) of the claim's codes. */
  codeId?: string;
}

/**
 * Accepts a proposed passage that is not coded yet as negative evidence: codes it (an excerpt
 * needs a code) with the chosen code or the claim's first code, and links it, in one step.
 */
export function acceptPassage(
  ctx: Ctx,
  input: AcceptPassageInput,
): EvidenceRow & { codeId: string } {
  requireConclusion(ctx, input.conclusionId);
  const codeId = input.codeId ?? claimFirstCode(ctx, input.conclusionId);
  if (codeId === null) {
    throw new TelaahError(
      'invalid_input',
      'Invalid input: choose a code for the passage (the claim has no coded evidence yet).',
      { detail: 'codeId' },
    );
  }
  return inChange(ctx, (change) => {
    const segment = codeRangeIn(ctx, change, { ...input, codeIds: [codeId] });
    const row = setEvidenceIn(ctx, change, input.conclusionId, segment.id, 'negative');
    return { ...row, codeId };
  });
}

/** The claim's first code by path, over its supporting excerpts; null when it has none. */
export function claimFirstCode(ctx: Ctx, conclusionId: string): string | null {
  const ids = (
    ctx.db.$client
      .prepare(
        `select segment_id as id from conclusion_evidence
          where conclusion_id = ? and role = 'supporting'`,
      )
      .all(conclusionId) as { id: string }[]
  ).map((r) => r.id);
  const pairs = [...loadExcerpts(ctx, ids).values()].flatMap((e) =>
    e.codeIds.map((id, i) => ({ id, path: e.codePaths[i] ?? '' })),
  );
  pairs.sort((a, b) => a.path.localeCompare(b.path));
  return pairs[0]?.id ?? null;
}
