import { eq } from 'drizzle-orm';
import { codes, coders, codings, documents, segments } from '../../db/schema';
import type { ChangedTexts } from './merge-documents';
import { selectAll, type MergeRun } from './merge-run';
import { reanchorSegment } from './reanchor-segment';

type SegmentRow = typeof segments.$inferSelect;
type CodingRow = typeof codings.$inferSelect;

/**
 * Adds their segments (one identical in document, range and coder is the same segment),
 * re-anchoring those in documents whose text differs and reporting the ones that cannot be
 * placed. Their codings follow, keyed by segment × code, so each coder's codings stay theirs.
 */
export function mergeSegments(run: MergeRun, changed: ChangedTexts): void {
  const ours = run.ctx.db.$client
    .prepare('select id, document_id as d, start as s, "end" as e, coder_id as c from segments')
    .all() as { id: string; d: string; s: number; e: number; c: string }[];
  const byKey = new Map(ours.map((r) => [`${r.d}|${r.s}|${r.e}|${r.c}`, r.id]));
  const ids = new Set(ours.map((r) => r.id));
  const lost = new Set<string>();
  for (const theirs of selectAll<SegmentRow>(run.source, segments)) {
    const placed = place(run, theirs, changed);
    if (placed === null) {
      lost.add(theirs.id);
      continue;
    }
    const key = `${placed.documentId}|${placed.start}|${placed.end}|${placed.coderId}`;
    const match = byKey.get(key);
    if (match !== undefined) {
      run.maps.segment.set(theirs.id, match);
      continue;
    }
    const row = { ...placed, id: ids.has(theirs.id) ? run.ctx.newId() : theirs.id };
    run.insert('segment', segments, row, row.id);
    byKey.set(key, row.id);
    ids.add(row.id);
    run.maps.segment.set(theirs.id, row.id);
  }
  if (lost.size > 0) reportUnplaceable(run, lost);
  mergeCodings(run);
}

/** Their segment with our document, coder and (re-anchored) range; null if it cannot be placed. */
function place(run: MergeRun, theirs: SegmentRow, changed: ChangedTexts): SegmentRow | null {
  const documentId = run.maps.document.get(theirs.documentId) ?? theirs.documentId;
  const coderId = run.maps.coder.get(theirs.coderId) ?? theirs.coderId;
  const moved = changed.get(theirs.documentId);
  if (moved === undefined) return { ...theirs, documentId, coderId };
  const range = reanchorSegment(moved.text, theirs);
  return range === null ? null : { ...theirs, ...range, documentId, coderId };
}

function mergeCodings(run: MergeRun): void {
  const ours = selectAll<CodingRow>(run.ctx.db, codings);
  const byKey = new Map(ours.map((r) => [`${r.segmentId}|${r.codeId}`, r]));
  const ids = new Set(ours.map((r) => r.id));
  for (const theirs of selectAll<CodingRow>(run.source, codings)) {
    const segmentId = run.maps.segment.get(theirs.segmentId);
    if (segmentId === undefined) continue; // listed with its segment as unplaceable
    const codeId = run.maps.code.get(theirs.codeId) ?? theirs.codeId;
    const reviewedBy =
      theirs.reviewedBy === null ? null : (run.maps.coder.get(theirs.reviewedBy) ?? null);
    const match = byKey.get(`${segmentId}|${codeId}`);
    if (match !== undefined) {
      run.maps.coding.set(theirs.id, match.id);
      if (laterReview(theirs, match, reviewedBy)) {
        const after: CodingRow = {
          ...match,
          reviewState: theirs.reviewState,
          reviewedBy,
          reviewedAt: theirs.reviewedAt,
        };
        run.update('coding', codings, eq(codings.id, match.id), match, after);
      }
      continue;
    }
    const row: CodingRow = {
      ...theirs,
      id: ids.has(theirs.id) ? run.ctx.newId() : theirs.id,
      segmentId,
      codeId,
      documentId: run.maps.document.get(theirs.documentId) ?? theirs.documentId,
      coderId: run.maps.coder.get(theirs.coderId) ?? theirs.coderId,
      reviewedBy,
    };
    run.insert('coding', codings, row, row.id);
    byKey.set(`${segmentId}|${codeId}`, row);
    ids.add(row.id);
    run.maps.coding.set(theirs.id, row.id);
  }
}

/** Whether their review decision is newer than ours and says something else. */
function laterReview(theirs: CodingRow, ours: CodingRow, reviewedBy: string | null): boolean {
  if (theirs.reviewedAt === null) return false;
  if (ours.reviewedAt !== null && ours.reviewedAt >= theirs.reviewedAt) return false;
  return theirs.reviewState !== ours.reviewState || reviewedBy !== ours.reviewedBy;
}

/** Lists each segment that could not be placed, with its document, coder and codes. */
function reportUnplaceable(run: MergeRun, lost: Set<string>): void {
  const rows = run.source
    .select({
      id: segments.id,
      quote: segments.quote,
      document: documents.title,
      coder: coders.name,
    })
    .from(segments)
    .innerJoin(documents, eq(documents.id, segments.documentId))
    .innerJoin(coders, eq(coders.id, segments.coderId))
    .all()
    .filter((r) => lost.has(r.id));
  const codeNames = new Map<string, string[]>();
  const codings2 = run.source
    .select({ segmentId: codings.segmentId, name: codes.name })
    .from(codings)
    .innerJoin(codes, eq(codes.id, codings.codeId))
    .all();
  for (const c of codings2) {
    if (lost.has(c.segmentId))
      codeNames.set(c.segmentId, [...(codeNames.get(c.segmentId) ?? []), c.name]);
  }
  for (const r of rows) {
    run.report.unplaceable.push({
      file: run.file,
      segmentId: r.id,
      document: r.document,
      coder: r.coder,
      quote: r.quote,
      codes: codeNames.get(r.id) ?? [],
    });
  }
}
