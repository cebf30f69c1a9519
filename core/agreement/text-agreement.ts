import type { Ctx } from '../context';
import type { Coefficient } from './coefficient';
import {
  loadAgreementData,
  type AgreementCoder,
  type AgreementData,
  type AgreementScope,
} from './load-agreement-data';
import { patternAgreement, type PatternAgreement } from './pattern-agreement';
import {
  addPatterns,
  characterPatterns,
  emptyPatterns,
  unitMasks,
  unitPatterns,
  type PatternCounts,
} from './pattern-counts';
import { mergeSpans, textUnits, type TextUnit } from './text-units';
import { ratio, unitizedAlpha, type Span } from './unitized-alpha';
import { unitizingFamily } from './unitizing-family-scope';

/** Agreement on one code: the coefficients, the counts they rest on, and α_U on characters. */
export interface CodeAgreement extends PatternAgreement {
  codeId: string;
  codePath: string;
  color: string;
  /** Krippendorff's unitizing α on the character continuum (independent of the unit). */
  alphaU: Coefficient;
  /** |uα (ATLAS.ti's α-binary): agreement on which text this code covers, on characters. */
  binaryAlpha: Coefficient;
}

/** A semantic domain: sibling codes under one parent (the top level is one domain too). */
export interface DomainAgreement {
  /** The parent code's path; '' for the top level. */
  domain: string;
  codeIds: string[];
  /** |uα: agreement on which text any code of the domain covers. */
  binaryAlpha: Coefficient;
  /** cuα: agreement on which code of the domain, where all coders coded with one. */
  cuAlpha: Coefficient;
}

/** Agreement in one document, over every selected code. */
export interface DocumentAgreement extends PatternAgreement {
  documentId: string;
  title: string;
}

/** Intercoder agreement of a scope: per code, per document and over all of them. */
export interface TextAgreement {
  unit: TextUnit;
  excludeUncoded: boolean;
  coders: AgreementCoder[];
  documentCount: number;
  codes: CodeAgreement[];
  domains: DomainAgreement[];
  documents: DocumentAgreement[];
  /** Every (code, unit) pair as one item; α_U pools each code's disagreements. */
  overall: PatternAgreement & {
    alphaU: Coefficient;
    /** |uα over all selected codes: coded by any of them or not. */
    binaryAlpha: Coefficient;
    /** Cuα: agreement on which domain, where all coders coded. */
    cuAlphaAcrossDomains: Coefficient;
  };
}

/** Computes intercoder agreement in the open project. */
export function textAgreement(ctx: Ctx, scope: AgreementScope): TextAgreement {
  return computeTextAgreement(loadAgreementData(ctx, scope), scope);
}

/** Each code's spans per document and coder, merged: spans[code][document][coder]. */
export type SpansByCode = Map<string, Span[][][]>;

export function spansByCode(data: AgreementData): SpansByCode {
  const raw = new Map<string, Span[][][]>();
  for (const c of data.codes) {
    raw.set(
      c.id,
      data.documents.map(() => data.coders.map(() => [])),
    );
  }
  for (const coding of data.codings) {
    raw.get(coding.codeId)?.[coding.documentIndex]?.[coding.coderIndex]?.push({
      start: coding.start,
      end: coding.end,
    });
  }
  for (const perDoc of raw.values()) {
    perDoc.forEach((perCoder, d) => {
      perDoc[d] = perCoder.map((spans) => mergeSpans(spans));
    });
  }
  return raw;
}

/** The units of every document (null for character units) and how many of each are included. */
export function documentUnits(
  data: AgreementData,
  scope: Pick<AgreementScope, 'unit' | 'excludeUncoded'>,
): { units: (Span[] | null)[]; included: number[] } {
  const any = data.documents.map(() => data.coders.map((): Span[] => []));
  for (const c of data.codings)
    any[c.documentIndex]?.[c.coderIndex]?.push({ start: c.start, end: c.end });
  const units = data.documents.map((d) =>
    scope.unit === 'character' ? null : textUnits(d.text, scope.unit),
  );
  const included = data.documents.map((d, i) => {
    const u = units[i] ?? null;
    if (!scope.excludeUncoded) return u === null ? d.text.length : u.length;
    const union = mergeSpans((any[i] ?? []).flat());
    if (u === null) return union.reduce((a, s) => a + s.end - s.start, 0);
    return unitMasks(u, [union]).size;
  });
  return { units, included };
}

export function computeTextAgreement(data: AgreementData, scope: AgreementScope): TextAgreement {
  const m = data.coders.length;
  const spans = spansByCode(data);
  const { units, included } = documentUnits(data, scope);
  const lengths = data.documents.map((d) => d.text.length);
  const perDocument = data.documents.map(() => emptyPatterns(m));
  const overall = emptyPatterns(m);
  let observed = 0;
  let expected = 0;
  const family = unitizingFamily(data, spans, scope.excludeUncoded);
  const codes = data.codes.map((code): CodeAgreement => {
    const perDoc = spans.get(code.id) ?? [];
    const counts = emptyPatterns(m);
    perDoc.forEach((perCoder, d) => {
      const u = units[d] ?? null;
      const c: PatternCounts =
        u === null
          ? characterPatterns(perCoder, included[d] ?? 0)
          : unitPatterns(u, perCoder, included[d] ?? 0);
      addPatterns(counts, c);
      addPatterns(perDocument[d] ?? [], c);
    });
    addPatterns(overall, counts);
    const u = unitizedAlpha({
      lengths,
      units: data.coders.map((_, i) => perDoc.map((perCoder) => perCoder[i] ?? [])),
    });
    observed += u.observed;
    expected += u.expected;
    return {
      codeId: code.id,
      codePath: code.path,
      color: code.color,
      ...patternAgreement(counts, m),
      alphaU: u.alpha,
      binaryAlpha: family.binary([code.id]),
    };
  });
  return {
    unit: scope.unit,
    excludeUncoded: scope.excludeUncoded,
    coders: data.coders,
    documentCount: data.documents.length,
    codes,
    domains: family.domains(),
    documents: data.documents.map((d, i) => ({
      documentId: d.id,
      title: d.title,
      ...patternAgreement(perDocument[i] ?? emptyPatterns(m), m),
    })),
    overall: {
      ...patternAgreement(overall, m),
      alphaU: ratio(observed, expected),
      binaryAlpha: family.binary(data.codes.map((c) => c.id)),
      cuAlphaAcrossDomains: family.acrossDomains(),
    },
  };
}
