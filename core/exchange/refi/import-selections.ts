import { eq } from 'drizzle-orm';
import { codings, segments } from '../../../db/schema';
import { CONTEXT_CHARS } from '../../coding/anchor-range';
import type { Ctx } from '../../context';
import type { Change } from '../../events/in-change';
import { rawPositionMapper, type OffsetUnit, type PositionMapper } from './offset-unit';
import type { OffsetIssue } from './project-import-report';
import type { RefiSelection, Skipped } from './refi-model';
import { skipped as skip } from './skip-reason';
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
 * An uncoded selection makes no segment (it would be an orphan); its memos were moved to the
 * document when the file was read (attachSelectionMemos).
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
  const bySpan = new Map<string, string>();
  const report = { issues, skipped };
  let segmentCount = 0;
  let codingCount = 0;
  for (const sel of selections) {
    const label = sel.name === '' ? `${sel.start}–${sel.end}` : sel.name.slice(0, 80);
    const name = `${t.sourceName}: ${label}`;
    if (!sel.codings.some((c) => t.codeId(c.codeGuid) !== undefined)) {
      if (sel.codings.length === 0) skipped.push(skip('selection', name, { code: 'uncoded' }));
      skipped.push(...sel.codings.map(() => skip('coding', name, { code: 'codeMissing' })));
      continue;
    }
    const range = placeSelection(t, sel, toLf, report);
    if (range === null) continue;
    // the coder is on the Coding: NVivo for Windows puts the source's author on the selection
    const coderOf = sel.codings[0]?.creatingUser ?? sel.creatingUser;
    const segmentCoder = t.coderId(coderOf, ctx.coderId);
    const span = `${range.start}:${range.end}:${segmentCoder}`;
    let segmentId = bySpan.get(span);
    if (segmentId === undefined) {
      segmentId = insertSegment(ctx, change, t, sel.guid, range, segmentCoder);
      bySpan.set(span, segmentId);
      segmentCount += 1;
    }
    if (sel.guid !== null) segmentIds.set(sel.guid, segmentId);
    for (const coding of sel.codings) {
      for (const note of coding.noteRefs) segmentIds.set(`note:${note}`, segmentId);
      const codeId = t.codeId(coding.codeGuid);
      if (codeId === undefined) {
        skipped.push(skip('coding', name, { code: 'codeMissing' }));
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

/**
 * The selection's range in the canonical text, or null when it has none: converted from the
 * tool's unit, clamped (reported with the positions and the text's length in that unit), moved
 * onto its quote when the positions miss it and the quote occurs once.
 */
function placeSelection(
  t: SelectionTargets,
  sel: RefiSelection,
  toLf: PositionMapper,
  report: { issues: OffsetIssue[]; skipped: Skipped[] },
): { start: number; end: number } | null {
  const label = sel.name.slice(0, 80);
  const name = `${t.sourceName}: ${label === '' ? `${sel.start}–${sel.end}` : label}`;
  if (!Number.isFinite(sel.start) || !Number.isFinite(sel.end)) {
    report.skipped.push(skip('selection', name, { code: 'noPositions' }));
    return null;
  }
  const wholeSource = sel.end === Number.MAX_SAFE_INTEGER;
  const issue = (kind: OffsetIssue['kind']): OffsetIssue => ({
    source: t.sourceName,
    selection: label,
    kind,
    start: sel.start,
    end: sel.end,
    length: toLf.units,
  });
  const a = Math.min(sel.start, sel.end);
  const b = Math.max(sel.start, sel.end);
  if (!wholeSource && (a < 0 || b > toLf.units)) report.issues.push(issue('clamped'));
  const text = t.built.text;
  let start = t.built.map(toLf(Math.max(0, Math.min(a, toLf.units))));
  let end = t.built.map(toLf(Math.max(0, Math.min(b, toLf.units))));
  const expected = squash(sel.name);
  if (
    expected.length >= 3 &&
    !wholeSource &&
    !squash(text.slice(start, end)).startsWith(expected.replace(/(…|\.\.\.)$/u, ''))
  ) {
    const wanted = sel.name.trim();
    const at = text.indexOf(wanted);
    if (at >= 0 && text.indexOf(wanted, at + 1) < 0) {
      start = at;
      end = at + wanted.length;
      report.issues.push(issue('relocated'));
    } else {
      report.issues.push(issue('unverified'));
    }
  }
  if (end <= start) {
    report.issues.push(issue('empty'));
    return null;
  }
  return { start, end };
}

function insertSegment(
  ctx: Ctx,
  change: Change,
  t: SelectionTargets,
  guid: string | null,
  range: { start: number; end: number },
  coderId: string,
): string {
  const text = t.built.text;
  const id = t.idFor(
    guid,
    (x) =>
      ctx.db.select({ id: segments.id }).from(segments).where(eq(segments.id, x)).get() !==
      undefined,
  );
  const at = ctx.now();
  const row = {
    id,
    documentId: t.documentId,
    start: range.start,
    end: range.end,
    quote: text.slice(range.start, range.end),
    prefix: text.slice(Math.max(0, range.start - CONTEXT_CHARS), range.start),
    suffix: text.slice(range.end, range.end + CONTEXT_CHARS),
    coderId,
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
  return id;
}
