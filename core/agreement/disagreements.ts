import type { Ctx } from '../context';
import { pageAt } from '../text/page-at';
import { loadAgreementData, type AgreementData, type AgreementScope } from './load-agreement-data';
import { unitMasks } from './pattern-counts';
import { documentUnits, spansByCode } from './text-agreement';
import { mergeSpans } from './text-units';
import type { Span } from './unitized-alpha';

/** One coder's side of a disagreement: the segments with the code near the passage. */
export interface DisagreementSide {
  coderId: string;
  segments: { segmentId: string; start: number; end: number; quote: string }[];
}

/** A passage where the coders did not code a code alike. */
export interface DisagreementPassage {
  documentId: string;
  documentTitle: string;
  start: number;
  end: number;
  quote: string;
  page: { page: number; label: string | null } | null;
  sides: DisagreementSide[];
}

export interface Disagreements {
  codeId: string;
  total: number;
  passages: DisagreementPassage[];
}

const QUOTE_LIMIT = 600;

/**
 * Where coders differ on one code: at character units, each stretch of overlapping segments
 * that the coders did not mark identically; at other units, each unit some but not all coded.
 */
export function listDisagreements(
  ctx: Ctx,
  scope: AgreementScope & { codeId: string },
  limit = 500,
): Disagreements {
  const data = loadAgreementData(ctx, { ...scope, codeIds: [scope.codeId] });
  const perDoc = spansByCode(data).get(scope.codeId) ?? [];
  const { units } = documentUnits(data, scope);
  const passages: DisagreementPassage[] = [];
  let total = 0;
  perDoc.forEach((perCoder, d) => {
    const u = units[d] ?? null;
    const ranges = u === null ? differingStretches(perCoder) : differingUnits(u, perCoder);
    total += ranges.length;
    for (const range of ranges) {
      if (passages.length < limit) passages.push(toPassage(data, scope.codeId, d, range));
    }
  });
  return { codeId: scope.codeId, total, passages };
}

function differingStretches(perCoder: Span[][]): Span[] {
  const clusters = mergeSpans(perCoder.flat());
  return clusters.filter((cluster) => {
    const inside = perCoder.map((spans) =>
      spans
        .filter((s) => s.start < cluster.end && cluster.start < s.end)
        .map((s) => `${s.start}-${s.end}`)
        .join(','),
    );
    return new Set(inside).size > 1;
  });
}

function differingUnits(units: Span[], perCoder: Span[][]): Span[] {
  const full = 2 ** perCoder.length - 1;
  return [...unitMasks(units, perCoder)]
    .filter(([, mask]) => mask !== full)
    .map(([i]) => units[i])
    .filter((s): s is Span => s !== undefined)
    .sort((a, b) => a.start - b.start);
}

function toPassage(
  data: AgreementData,
  codeId: string,
  d: number,
  range: Span,
): DisagreementPassage {
  const doc = data.documents[d];
  const text = doc?.text ?? '';
  const clip = (s: Span) => {
    const q = text.slice(s.start, s.end);
    return q.length > QUOTE_LIMIT ? `${q.slice(0, QUOTE_LIMIT - 1)}…` : q;
  };
  return {
    documentId: doc?.id ?? '',
    documentTitle: doc?.title ?? '',
    start: range.start,
    end: range.end,
    quote: clip(range),
    page: pageAt(doc?.pageMap ?? null, range.start),
    sides: data.coders.map((coder, i) => ({
      coderId: coder.id,
      segments: data.codings
        .filter(
          (c) =>
            c.documentIndex === d &&
            c.coderIndex === i &&
            c.codeId === codeId &&
            c.start < range.end &&
            range.start < c.end,
        )
        .sort((a, b) => a.start - b.start)
        .map((c) => ({ segmentId: c.segmentId, start: c.start, end: c.end, quote: clip(c) })),
    })),
  };
}
