import type { Coefficient } from './coefficient';
import type { AgreementData } from './load-agreement-data';
import type { DomainAgreement, SpansByCode } from './text-agreement';
import { mergeSpans } from './text-units';
import type { Span } from './unitized-alpha';
import {
  binaryUnitizedAlpha,
  codingUnitizedAlpha,
  toValuedUnits,
  type ValuedSpan,
} from './unitizing-family';

/** The uα family of one agreement scope, on the character continua of its documents. */
export interface UnitizingFamily {
  /** |uα of the text covered by any of these codes. */
  binary: (codeIds: readonly string[]) => Coefficient;
  /** |uα and cuα of every semantic domain, in codebook order. */
  domains: () => DomainAgreement[];
  /** Cuα: the domains as the categories. */
  acrossDomains: () => Coefficient;
}

/**
 * Builds the family's inputs from merged spans; uncoded text, when left out, is text no selected
 * coder coded with any selected code (it only changes |uα: cuα compares coded text alone).
 */
export function unitizingFamily(
  data: AgreementData,
  spans: SpansByCode,
  excludeUncoded: boolean,
): UnitizingFamily {
  const coders = data.coders.map((_, i) => i);
  const docs = data.documents.map((_, d) => d);
  const spansOf = (codeId: string, d: number, i: number): Span[] =>
    spans.get(codeId)?.[d]?.[i] ?? [];
  const allIds = data.codes.map((c) => c.id);
  const ranges = docs.map((d) =>
    excludeUncoded
      ? mergeSpans(coders.flatMap((i) => allIds.flatMap((id) => spansOf(id, d, i))))
      : [{ start: 0, end: data.documents[d]?.text.length ?? 0 }],
  );
  const binary = (codeIds: readonly string[]): Coefficient =>
    binaryUnitizedAlpha({
      ranges,
      units: coders.map((i) =>
        docs.map((d) => {
          // Spans of one code are merged already; several codes' need merging together.
          if (codeIds.length === 1) return spansOf(codeIds[0] as string, d, i);
          const list: Span[] = [];
          for (const id of codeIds) for (const s of spansOf(id, d, i)) list.push(s);
          return mergeSpans(list);
        }),
      ),
    });
  const valued = (
    codeIds: readonly string[],
    value: (codeId: string) => string,
  ): ValuedSpan[][][] =>
    coders.map((i) =>
      docs.map((d) => {
        const list: ValuedSpan[] = [];
        for (const id of codeIds) {
          const v = value(id);
          for (const s of spansOf(id, d, i)) list.push({ start: s.start, end: s.end, value: v });
        }
        return toValuedUnits(list);
      }),
    );
  const domainOf = new Map(data.codes.map((c) => [c.id, c.domain]));
  return {
    binary,
    domains: () => {
      const byDomain = new Map<string, string[]>();
      for (const c of data.codes) {
        const list = byDomain.get(c.domain) ?? [];
        list.push(c.id);
        byDomain.set(c.domain, list);
      }
      return [...byDomain].map(([domain, codeIds]) => ({
        domain,
        codeIds,
        binaryAlpha: binary(codeIds),
        cuAlpha: codingUnitizedAlpha({ units: valued(codeIds, (id) => id) }),
      }));
    },
    acrossDomains: () =>
      codingUnitizedAlpha({ units: valued(allIds, (id) => domainOf.get(id) ?? '') }),
  };
}
