import type { Ctx } from '../context';
import { TelaahError, isTelaahError } from '../errors';
import { inChange } from '../events/in-change';
import { codeRangeIn, type CodedSegment } from './code-range';

/** A range to code, as search returns it. */
export interface CodeHit {
  documentId: string;
  start: number;
  end: number;
}

/**
 * Applies the same codes to every hit as one action: one transaction and one event group, so
 * one undo removes them all. Hits that are empty once trimmed are skipped; any other bad hit
 * (unknown document, out of range) refuses the whole batch. Returns each coded segment once.
 */
export function codeMany(ctx: Ctx, hits: readonly CodeHit[], codeIds: string[]): CodedSegment[] {
  const unique = [...new Set(codeIds)];
  if (unique.length === 0) {
    throw new TelaahError('invalid_input', 'Invalid input: choose at least one code.', {
      detail: 'codeIds',
    });
  }
  return inChange(ctx, (change) => {
    const coded = new Map<string, CodedSegment>();
    for (const hit of hits) {
      try {
        const segment = codeRangeIn(ctx, change, { ...hit, codeIds: unique });
        coded.set(segment.id, segment);
      } catch (error) {
        if (isTelaahError(error) && error.code === 'empty_range') continue;
        throw error;
      }
    }
    return [...coded.values()];
  });
}
