import type { Ctx } from '../../context';
import { subtreeIds } from '../../coding/code-row';
import { pageAt } from '../../text/page-at';
import { searchText } from '../../search/search-text';
import type { PageStart } from '../../text/to-canonical-text';
import { requireConclusion } from './conclusion-row';
import { loadExcerpts, type Excerpt } from './load-excerpts';
import { sentenceAround } from './sentence-around';

/** Why a passage is proposed as possible negative evidence. */
export type ProposalReason = 'same-codes-other-cases' | 'obstacle-in-cases' | 'search';

/** A coded excerpt or an uncoded passage that may contradict a claim. */
export interface NegativeProposal {
  /** The segment id, or `documentId:start:end` for a passage not coded yet. */
  key: string;
  reasons: ProposalReason[];
  /** The search terms that found it. */
  terms: string[];
  /** The coded excerpt, when the passage is a segment. */
  excerpt: Excerpt | null;
  /** The passage (a search hit's sentence) when it is not a segment yet. */
  passage: {
    documentId: string;
    documentTitle: string;
    start: number;
    end: number;
    quote: string;
    page: { page: number; label: string | null } | null;
  } | null;
}

export interface NegativeEvidenceOptions {
  /** The code whose excerpts in the claim's cases count as obstacles; default: "obstacle". */
  obstacleCodeId?: string | null;
  /** Search queries, e.g. negations: "tidak", "belum", "gagal", "not", "failed". */
  terms?: string[];
  /** At most this many search hits per term. */
  limitPerTerm?: number;
}

export interface NegativeEvidenceResult {
  proposals: NegativeProposal[];
  /** The claim's codes and cases the proposals were worked out from. */
  claimCodeIds: string[];
  claimCaseNames: string[];
  /** The obstacle code used, if any. */
  obstacleCodeId: string | null;
}

/**
 * Proposes passages that may contradict a claim: (a) excerpts with the claim's codes in other
 * cases (other documents when the claim has no case), (b) obstacle excerpts in the claim's
 * cases (or documents), (c) search hits for the given terms, widened to their sentence, or the
 * excerpt a hit falls in. Excerpts already linked to the claim, in any role, are left out.
 */
export function proposeNegativeEvidence(
  ctx: Ctx,
  conclusionId: string,
  options: NegativeEvidenceOptions = {},
): NegativeEvidenceResult {
  requireConclusion(ctx, conclusionId);
  const linkedRows = ctx.db.$client
    .prepare(
      'select segment_id as segmentId, role from conclusion_evidence where conclusion_id = ?',
    )
    .all(conclusionId) as { segmentId: string; role: string }[];
  const linked = new Set(linkedRows.map((r) => r.segmentId));
  const linkedExcerpts = loadExcerpts(ctx, linked);
  const supporting = linkedRows
    .filter((r) => r.role === 'supporting')
    .flatMap((r) => linkedExcerpts.get(r.segmentId) ?? []);
  const claimCodeIds = [...new Set(supporting.flatMap((e) => e.codeIds))];
  const claimCaseIds = new Set(supporting.flatMap((e) => e.caseIds));
  const claimDocIds = new Set(supporting.map((e) => e.documentId));
  const caseDocs = caseDocuments(ctx);
  const inClaimScope = (documentId: string): boolean =>
    claimCaseIds.size > 0
      ? (caseDocs.get(documentId) ?? []).some((c) => claimCaseIds.has(c))
      : claimDocIds.has(documentId);
  const outsideClaimScope = (documentId: string): boolean => {
    if (claimCaseIds.size === 0) return !claimDocIds.has(documentId);
    const cases = caseDocs.get(documentId) ?? [];
    return cases.length > 0 && !cases.some((c) => claimCaseIds.has(c));
  };

  const found = new Map<string, NegativeProposal>();
  const propose = (segmentId: string, reason: ProposalReason): void => {
    if (linked.has(segmentId)) return;
    const existing = found.get(segmentId);
    if (existing === undefined) {
      found.set(segmentId, {
        key: segmentId,
        reasons: [reason],
        terms: [],
        excerpt: null,
        passage: null,
      });
    } else if (!existing.reasons.includes(reason)) existing.reasons.push(reason);
  };

  for (const row of segmentsWithCodes(ctx, claimCodeIds)) {
    if (outsideClaimScope(row.documentId)) propose(row.id, 'same-codes-other-cases');
  }
  const obstacleCodeId = options.obstacleCodeId ?? codeIdByName(ctx, 'obstacle');
  if (obstacleCodeId !== null && supporting.length > 0) {
    for (const row of segmentsWithCodes(ctx, subtreeIds(ctx, obstacleCodeId))) {
      if (inClaimScope(row.documentId)) propose(row.id, 'obstacle-in-cases');
    }
  }
  const excerpts = loadExcerpts(ctx, found.keys());
  for (const proposal of found.values()) proposal.excerpt = excerpts.get(proposal.key) ?? null;

  const passages = searchProposals(ctx, options, linked, found);
  const proposals = [...found.values()].filter((p) => p.excerpt !== null || p.passage !== null);
  const all = [...proposals, ...passages];
  all.sort((a, b) => titleOf(a).localeCompare(titleOf(b)) || startOf(a) - startOf(b));
  return {
    proposals: all,
    claimCodeIds,
    claimCaseNames: [...new Set(supporting.flatMap((e) => e.caseNames))].sort(),
    obstacleCodeId,
  };
}

/** Search hits as proposals: the excerpt a hit falls in, else the hit's sentence. */
function searchProposals(
  ctx: Ctx,
  options: NegativeEvidenceOptions,
  linked: ReadonlySet<string>,
  found: Map<string, NegativeProposal>,
): NegativeProposal[] {
  const terms = [...new Set((options.terms ?? []).map((t) => t.trim()).filter((t) => t !== ''))];
  const passages = new Map<string, NegativeProposal>();
  const docs = new Map<string, { text: string; pageMap: PageStart[] | null }>();
  const covering = ctx.db.$client.prepare(
    `select id from segments where document_id = ? and start <= ? and "end" >= ?
      order by ("end" - start) limit 1`,
  );
  const linkedOverlap = ctx.db.$client.prepare(
    `select 1 from segments s where s.id in (select value from json_each(?))
        and s.document_id = ? and s.start < ? and ? < s."end" limit 1`,
  );
  const linkedJson = JSON.stringify([...linked]);
  for (const term of terms) {
    for (const hit of searchText(ctx, term, { limit: options.limitPerTerm ?? 50 })) {
      const segment = covering.get(hit.documentId, hit.start, hit.end) as
        { id: string } | undefined;
      if (segment !== undefined) {
        if (linked.has(segment.id)) continue;
        const proposal = found.get(segment.id) ?? {
          key: segment.id,
          reasons: [],
          terms: [],
          excerpt: loadExcerpts(ctx, [segment.id]).get(segment.id) ?? null,
          passage: null,
        };
        if (!proposal.reasons.includes('search')) proposal.reasons.push('search');
        if (!proposal.terms.includes(term)) proposal.terms.push(term);
        found.set(segment.id, proposal);
        continue;
      }
      const doc = docs.get(hit.documentId) ?? loadText(ctx, hit.documentId);
      docs.set(hit.documentId, doc);
      const range = sentenceAround(doc.text, hit.start, hit.end);
      if (linkedOverlap.get(linkedJson, hit.documentId, range.end, range.start) !== undefined) {
        continue;
      }
      const key = `${hit.documentId}:${range.start}:${range.end}`;
      const proposal = passages.get(key) ?? {
        key,
        reasons: ['search'],
        terms: [],
        excerpt: null,
        passage: {
          documentId: hit.documentId,
          documentTitle: hit.title,
          ...range,
          quote: doc.text.slice(range.start, range.end),
          page: pageAt(doc.pageMap, range.start),
        },
      };
      if (!proposal.terms.includes(term)) proposal.terms.push(term);
      passages.set(key, proposal);
    }
  }
  return [...passages.values()];
}

function segmentsWithCodes(
  ctx: Ctx,
  codeIds: readonly string[],
): { id: string; documentId: string }[] {
  if (codeIds.length === 0) return [];
  return ctx.db.$client
    .prepare(
      `select distinct s.id, s.document_id as documentId from segments s
         join codings c on c.segment_id = s.id
        where c.code_id in (select value from json_each(?))`,
    )
    .all(JSON.stringify(codeIds)) as { id: string; documentId: string }[];
}

function caseDocuments(ctx: Ctx): Map<string, string[]> {
  const rows = ctx.db.$client
    .prepare('select document_id as documentId, case_id as caseId from case_documents')
    .all() as { documentId: string; caseId: string }[];
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.documentId, [...(map.get(r.documentId) ?? []), r.caseId]);
  return map;
}

function codeIdByName(ctx: Ctx, name: string): string | null {
  const row = ctx.db.$client
    .prepare(
      'select id from codes where name = ? collate nocase order by parent_id is not null limit 1',
    )
    .get(name) as { id: string } | undefined;
  return row?.id ?? null;
}

function loadText(ctx: Ctx, id: string): { text: string; pageMap: PageStart[] | null } {
  const row = ctx.db.$client
    .prepare('select text, page_map as pageMap from documents where id = ?')
    .get(id) as { text: string; pageMap: string | null };
  return {
    text: row.text,
    pageMap: row.pageMap === null ? null : (JSON.parse(row.pageMap) as PageStart[]),
  };
}

const titleOf = (p: NegativeProposal): string =>
  p.excerpt?.documentTitle ?? p.passage?.documentTitle ?? '';
const startOf = (p: NegativeProposal): number => p.excerpt?.start ?? p.passage?.start ?? 0;
