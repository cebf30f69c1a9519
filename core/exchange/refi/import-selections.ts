import { eq } from 'drizzle-orm';
import { codings, segments } from '../../../db/schema';
import { CONTEXT_CHARS } from '../../coding/anchor-range';
import type { Ctx } from '../../context';
import type { Change } from '../../events/in-change';
import { codePointLength, rawPositionMapper, type OffsetUnit } from './offset-unit';
import type { OffsetIssue } from './project-import-report';
import type { RefiSelection, Skipped } from './refi-model';
import type { TextDocument } from './text-to-document';

/** What importing a source's selections needs to know about the project being built. */
export interface SelectionTargets {
  documentId: string;
  sourceName: string;
  raw: string;
  lf: string;
  built: TextDocument;
  unit: OffsetUnit;
  codeId(guid: string): string | undefined;
  coderId(guid: string | null, fallback: string): string;
  /** A fresh id, or `guid` when no row uses it yet. */
  idFor(guid: string | null, taken: (id: string) => boolean): string;
}

/** Where each selection GUID landed: the segment id, for notes that refer to it. */
export type SegmentIds = Map<string, string>;

const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/**
 * Creates segments and codings from a source's selections. Positions are converted from the
 * tool's unit, clamped into the text, and checked against the selection's name when that looks
 * like its text; a quote found elsewhere (once) moves the selection there. Selections with the
 * same range and coder (NVivo writes one per coding) become one segment with several codes.
 */
export function importSelections(
  ctx: Ctx,
  change: Change,
  t: SelectionTargets,
  selections: readonly RefiSelection[],
  issues: OffsetIssue[],
  skipped: Skipped[],
  segmentIds: SegmentIds,
): { segments: number; codings: number } {
  const toLf = rawPositionMapper(t.raw, t.unit);
  const rawUnits = t.unit.unit === 'utf16' ? t.raw.length : codePointLength(t.raw);
  const text = t.built.text;
  const bySpan = new Map<string, string>();
  let segmentCount = 0;
  let codingCount = 0;
  for (const sel of selections) {
    const label = sel.name === '' ? `${sel.start}–${sel.end}` : sel.name.slice(0, 80);
    if (!Number.isFinite(sel.start) || !Number.isFinite(sel.end)) {
      skipped.push({
        what: 'selection',
        name: `${t.sourceName}: ${label}`,
        reason: 'it has no valid positions',
      });
      continue;
    }
    const wholeSource = sel.end === Number.MAX_SAFE_INTEGER;
    let a = Math.min(sel.start, sel.end);
    let b = Math.max(sel.start, sel.end);
    if (!wholeSource && (a < 0 || b > rawUnits)) {
      issues.push({ source: t.sourceName, selection: label, kind: 'clamped' });
    }
    a = Math.max(0, Math.min(a, rawUnits));
    b = Math.max(0, Math.min(b, rawUnits));
    let start = t.built.map(toLf(a));
    let end = t.built.map(toLf(b));
    const expected = squash(sel.name);
    if (
      expected.length >= 3 &&
      !wholeSource &&
      !squash(text.slice(start, end)).startsWith(expected.replace(/(…|\.\.\.)$/u, ''))
    ) {
      const at = text.indexOf(sel.name.trim());
      if (at >= 0 && text.indexOf(sel.name.trim(), at + 1) < 0) {
        start = at;
        end = at + sel.name.trim().length;
        issues.push({ source: t.sourceName, selection: label, kind: 'relocated' });
      } else {
        issues.push({ source: t.sourceName, selection: label, kind: 'unverified' });
      }
    }
    if (end <= start) {
      issues.push({ source: t.sourceName, selection: label, kind: 'empty' });
      continue;
    }
    const coderOf = sel.creatingUser ?? sel.codings[0]?.creatingUser ?? null;
    const segmentCoder = t.coderId(coderOf, ctx.coderId);
    const span = `${start}:${end}:${segmentCoder}`;
    let segmentId = bySpan.get(span);
    if (segmentId === undefined) {
      segmentId = t.idFor(
        sel.guid,
        (id) =>
          ctx.db.select({ id: segments.id }).from(segments).where(eq(segments.id, id)).get() !==
          undefined,
      );
      const at = ctx.now();
      const row = {
        id: segmentId,
        documentId: t.documentId,
        start,
        end,
        quote: text.slice(start, end),
        prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
        suffix: text.slice(end, end + CONTEXT_CHARS),
        coderId: segmentCoder,
        createdAt: at,
        updatedAt: at,
      };
      ctx.db.insert(segments).values(row).run();
      change.record({
        action: 'exchange.importProject',
        entityType: 'segment',
        entityId: row.id,
        before: null,
        after: row,
      });
      bySpan.set(span, segmentId);
      segmentCount += 1;
    }
    if (sel.guid !== null) segmentIds.set(sel.guid, segmentId);
    for (const coding of sel.codings) {
      for (const note of coding.noteRefs) segmentIds.set(`note:${note}`, segmentId);
      const codeId = t.codeId(coding.codeGuid);
      if (codeId === undefined) {
        skipped.push({
          what: 'coding',
          name: `${t.sourceName}: ${label}`,
          reason: 'its code is not in the codebook',
        });
        continue;
      }
      const exists =
        ctx.db.$client
          .prepare('select 1 from codings where segment_id = ? and code_id = ?')
          .get(segmentId, codeId) !== undefined;
      if (exists) continue;
      const row = {
        id: t.idFor(
          coding.guid,
          (id) =>
            ctx.db.select({ id: codings.id }).from(codings).where(eq(codings.id, id)).get() !==
            undefined,
        ),
        segmentId,
        codeId,
        documentId: t.documentId,
        coderId: t.coderId(coding.creatingUser, segmentCoder),
        createdAt: ctx.now(),
        reviewState: 'proposed' as const,
        reviewedBy: null,
        reviewedAt: null,
      };
      ctx.db.insert(codings).values(row).run();
      change.record({
        action: 'exchange.importProject',
        entityType: 'coding',
        entityId: row.id,
        before: null,
        after: row,
      });
      codingCount += 1;
    }
  }
  return { segments: segmentCount, codings: codingCount };
}
