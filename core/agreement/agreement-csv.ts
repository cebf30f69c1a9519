import { TelaahError } from '../errors';
import { toCsv } from '../exchange/to-csv';
import type { Coefficient } from './coefficient';
import type { AgreementData, AgreementScope } from './load-agreement-data';
import { unitMasks } from './pattern-counts';
import type { PatternAgreement } from './pattern-agreement';
import { documentUnits, spansByCode, type TextAgreement } from './text-agreement';
import { mergeSpans } from './text-units';

const value = (c: Coefficient): number | null => (c.value === null ? null : round(c.value));
const round = (v: number): number => Math.round(v * 10_000) / 10_000;

/** The results table as CSV: one row per code, then the overall row, then one per document. */
export function agreementResultsCsv(result: TextAgreement): string {
  const headers = [
    'scope',
    'name',
    'units',
    'agreed_units',
    ...result.coders.map((c) => `coded_by_${c.name}`),
    'percent_agreement',
    'cohen_kappa',
    'fleiss_kappa',
    'krippendorff_alpha',
    'unitized_alpha',
    'binary_u_alpha',
    'cu_alpha',
    'Cu_alpha',
    'not_computable',
  ];
  const row = (
    scope: string,
    name: string,
    r: PatternAgreement | null,
    family: Partial<Record<'alphaU' | 'binary' | 'cu' | 'Cu', Coefficient>>,
  ) => {
    const coefficients: [string, Coefficient | undefined][] = [
      ['cohen_kappa', r?.cohenKappa],
      ['fleiss_kappa', r?.fleissKappa],
      ['krippendorff_alpha', r?.alpha],
      ['unitized_alpha', family.alphaU],
      ['binary_u_alpha', family.binary],
      ['cu_alpha', family.cu],
      ['Cu_alpha', family.Cu],
    ];
    const shown = (c: Coefficient | undefined) => (c === undefined ? null : value(c));
    const reasons = coefficients.flatMap(([label, c]) =>
      c !== undefined && c.value === null ? [`${label}: ${c.reason ?? ''}`] : [],
    );
    return [
      scope,
      name,
      r?.units ?? null,
      r?.agreedUnits ?? null,
      ...(r?.codedUnits ?? result.coders.map(() => null)),
      r === null ? null : value(r.percentAgreement),
      ...coefficients.map(([, c]) => shown(c)),
      reasons.join('; '),
    ];
  };
  const o = result.overall;
  return toCsv(headers, [
    ...result.codes.map((c) =>
      row('code', c.codePath, c, { alphaU: c.alphaU, binary: c.binaryAlpha }),
    ),
    ...result.domains.map((d) =>
      row('domain', d.domain === '' ? '(top level)' : d.domain, null, {
        binary: d.binaryAlpha,
        cu: d.cuAlpha,
      }),
    ),
    row('overall', `unit: ${result.unit}`, o, {
      alphaU: o.alphaU,
      binary: o.binaryAlpha,
      Cu: o.cuAlphaAcrossDomains,
    }),
    ...result.documents.map((d) => row('document', d.title, d, {})),
  ]);
}

export const MAX_MATRIX_ROWS = 1_000_000;

/**
 * The reliability matrix of one code (units × coders, 1 = coded, 0 = not), as R's read.csv and
 * `telaah agreement --matrix` read it; ReCal wants it without the header row.
 */
export function reliabilityMatrixCsv(
  data: AgreementData,
  scope: AgreementScope,
  codeId: string,
  header: boolean,
): string {
  const perDoc = spansByCode(data).get(codeId) ?? [];
  const { units } = documentUnits(data, scope);
  const rows: number[][] = [];
  const push = (mask: number) => {
    if (rows.length >= MAX_MATRIX_ROWS) {
      throw new TelaahError(
        'invalid_input',
        `The matrix would have more than ${MAX_MATRIX_ROWS.toLocaleString('en')} rows; choose a larger unit or fewer documents.`,
        { detail: 'matrix rows' },
      );
    }
    rows.push(data.coders.map((_, i) => (mask & (1 << i) ? 1 : 0)));
  };
  const anyCoded = data.documents.map((): { start: number; end: number }[] => []);
  for (const c of data.codings) anyCoded[c.documentIndex]?.push({ start: c.start, end: c.end });
  data.documents.forEach((doc, d) => {
    const perCoder = perDoc[d] ?? data.coders.map(() => []);
    const u = units[d] ?? null;
    const union = mergeSpans(anyCoded[d] ?? []);
    if (u === null) {
      const masks = new Uint8Array(doc.text.length);
      perCoder.forEach((spans, i) => {
        for (const s of spans)
          for (let p = s.start; p < s.end; p++) masks[p] = (masks[p] ?? 0) | (1 << i);
      });
      const ranges = scope.excludeUncoded ? union : [{ start: 0, end: doc.text.length }];
      for (const r of ranges) for (let p = r.start; p < r.end; p++) push(masks[p] ?? 0);
      return;
    }
    const masks = unitMasks(u, perCoder);
    const included = scope.excludeUncoded ? unitMasks(u, [union]) : null;
    u.forEach((_, i) => {
      if (included === null || included.has(i)) push(masks.get(i) ?? 0);
    });
  });
  const csv = toCsv(
    data.coders.map((c) => c.name),
    rows,
  );
  return header ? csv : csv.slice(csv.indexOf('\r\n') + 2);
}
