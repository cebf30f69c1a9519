import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../context';
import { segments } from '../../db/schema';
import { TelaahError } from '../errors';
import { inChange, type Change } from '../events/in-change';
import { requireDocument } from '../documents/document-row';
import { anchorRange } from './anchor-range';
import { requireCode } from './code-row';
import { insertCoding, segmentCodeIds, type Segment } from './segment-row';

/** A segment with the ids of the codes it carries. */
export interface CodedSegment extends Segment {
  codeIds: string[];
}

export interface CodeRangeInput {
  documentId: string;
  /** UTF-16 offsets into the document's canonical text. */
  start: number;
  end: number;
  codeIds: string[];
}

/**
 * Codes a range of a document. The range is trimmed of edge whitespace; if the current coder
 * already has a segment with exactly that range, the missing codes are added to it, otherwise a
 * new segment is made. Overlapping and nested segments are allowed.
 */
export function codeRange(ctx: Ctx, input: CodeRangeInput): CodedSegment {
  const codeIds = [...new Set(input.codeIds)];
  if (codeIds.length === 0) {
    throw new TelaahError('invalid_input', 'Invalid input: choose at least one code.', {
      detail: 'codeIds',
    });
  }
  return inChange(ctx, (change) => codeRangeIn(ctx, change, { ...input, codeIds }));
}

/** Codes a range inside an existing change (codeRange's work; codeMany runs it per hit). */
export function codeRangeIn(ctx: Ctx, change: Change, input: CodeRangeInput): CodedSegment {
  const codeIds = [...new Set(input.codeIds)];
  const doc = requireDocument(ctx, input.documentId);
  const range = anchorRange(doc.text, input.start, input.end);
  for (const codeId of codeIds) requireCodable(ctx, codeId);
  let segment = ctx.db
    .select()
    .from(segments)
    .where(
      and(
        eq(segments.documentId, doc.id),
        eq(segments.start, range.start),
        eq(segments.end, range.end),
        eq(segments.coderId, ctx.coderId),
      ),
    )
    .get();
  if (segment === undefined) {
    const at = ctx.now();
    segment = {
      id: ctx.newId(),
      documentId: doc.id,
      ...range,
      coderId: ctx.coderId,
      createdAt: at,
      updatedAt: at,
    };
    ctx.db.insert(segments).values(segment).run();
    change.record({
      action: 'segments.create',
      entityType: 'segment',
      entityId: segment.id,
      before: null,
      after: segment,
    });
  }
  const present = new Set(segmentCodeIds(ctx, segment.id));
  for (const codeId of codeIds) {
    if (!present.has(codeId)) insertCoding(ctx, change, segment, codeId);
  }
  return { ...segment, codeIds: segmentCodeIds(ctx, segment.id) };
}

/** Refuses codes that are missing or marked as not codable (folders). */
export function requireCodable(ctx: Ctx, codeId: string): void {
  const code = requireCode(ctx, codeId);
  if (!code.codable) {
    throw new TelaahError(
      'invalid_input',
      `Invalid input: the code “${code.name}” is a folder and cannot be applied.`,
      {
        detail: `the code “${code.name}” cannot be applied`,
      },
    );
  }
}
