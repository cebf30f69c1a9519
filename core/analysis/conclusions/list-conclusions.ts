import type { Ctx } from '../../context';
import type { ConclusionRow, EvidenceRow, TacticRow } from './conclusion-row';
import { loadExcerpts, type Excerpt } from './load-excerpts';
import { TACTIC_KEYS, type ConclusionStatus, type EvidenceRole, type TacticKey } from './tactics';
import {
  sourceTypesByDocument,
  sourceTypeVariable,
  triangulate,
  type Triangulation,
} from './triangulation';

/** An excerpt linked to a claim, with its role and note. */
export interface EvidenceItem extends Excerpt {
  role: EvidenceRole;
  note: string;
  addedAt: number;
}

/** One tactic of the checklist: every tactic is listed, applied or not. */
export interface TacticItem {
  tactic: TacticKey;
  applied: boolean;
  note: string;
}

/** A claim of the ledger with its evidence, checklist and computed triangulation. */
export interface ConclusionDetail extends ConclusionRow {
  supporting: EvidenceItem[];
  negative: EvidenceItem[];
  dismissed: EvidenceItem[];
  tactics: TacticItem[];
  triangulation: Triangulation;
}

export interface ListConclusionsOptions {
  /** Only claims with these statuses. */
  statuses?: ConclusionStatus[];
  /** Only these claims. */
  ids?: string[];
  /** The document variable holding source types; default: one named "source type"/"jenis sumber". */
  sourceVariableId?: string | null;
}

/** The ledger in its order, each claim with its evidence (in document order) and tactics. */
export function listConclusions(
  ctx: Ctx,
  options: ListConclusionsOptions = {},
): ConclusionDetail[] {
  const rows = (
    ctx.db.$client
      .prepare(
        `select id, claim, status, rival_explanations as rivalExplanations, note,
                sort_order as sortOrder, author_id as authorId, created_at as createdAt,
                updated_at as updatedAt
           from conclusions order by sort_order, created_at`,
      )
      .all() as ConclusionRow[]
  ).filter(
    (r) =>
      (options.statuses === undefined || options.statuses.includes(r.status)) &&
      (options.ids === undefined || options.ids.includes(r.id)),
  );
  if (rows.length === 0) return [];
  const evidence = ctx.db.$client
    .prepare(
      `select conclusion_id as conclusionId, segment_id as segmentId, role, note,
              added_by as addedBy, added_at as addedAt from conclusion_evidence`,
    )
    .all() as EvidenceRow[];
  const tactics = ctx.db.$client
    .prepare(
      `select conclusion_id as conclusionId, tactic, applied, note, updated_at as updatedAt
         from conclusion_tactics`,
    )
    .all() as (Omit<TacticRow, 'applied'> & { applied: number })[];
  const excerpts = loadExcerpts(
    ctx,
    evidence.map((e) => e.segmentId),
  );
  const variable = sourceTypeVariable(ctx, options.sourceVariableId);
  const sourceTypes = sourceTypesByDocument(ctx, variable);
  return rows.map((row) => {
    const items = evidence
      .filter((e) => e.conclusionId === row.id)
      .flatMap((e): EvidenceItem[] => {
        const excerpt = excerpts.get(e.segmentId);
        return excerpt === undefined
          ? []
          : [{ ...excerpt, role: e.role, note: e.note, addedAt: e.addedAt }];
      })
      .sort(inDocumentOrder);
    const supporting = items.filter((i) => i.role === 'supporting');
    const mine = new Map(
      tactics.filter((t) => t.conclusionId === row.id).map((t) => [t.tactic, t]),
    );
    return {
      ...row,
      supporting,
      negative: items.filter((i) => i.role === 'negative'),
      dismissed: items.filter((i) => i.role === 'dismissed'),
      tactics: TACTIC_KEYS.map((tactic) => ({
        tactic,
        applied: mine.get(tactic)?.applied === 1,
        note: mine.get(tactic)?.note ?? '',
      })),
      triangulation: triangulate(supporting, sourceTypes, variable),
    };
  });
}

function inDocumentOrder(a: Excerpt, b: Excerpt): number {
  return a.documentTitle.localeCompare(b.documentTitle) || a.start - b.start;
}
