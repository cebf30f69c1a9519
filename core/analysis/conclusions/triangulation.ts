import type { Ctx } from '../../context';
import type { Excerpt } from './load-excerpts';

/** The names a document variable holding the source type is recognised by (any case). */
export const SOURCE_TYPE_NAMES = ['source type', 'jenis sumber'];

/** How widely a claim's supporting evidence is spread: source types, cases and coders. */
export interface Triangulation {
  /** Distinct source types, sorted; a document without a value counts as its kind (pdf, docx…). */
  sourceTypes: string[];
  cases: string[];
  coders: string[];
  documents: number;
  excerpts: number;
  /** The document variable the source types come from, or null when only kinds were used. */
  sourceVariable: { id: string; name: string } | null;
}

/** The document variable giving each document's source type: the one chosen, else by name. */
export function sourceTypeVariable(
  ctx: Ctx,
  variableId?: string | null,
): { id: string; name: string } | null {
  const rows = ctx.db.$client
    .prepare(`select id, name from variables where scope = 'document' order by sort_order, name`)
    .all() as { id: string; name: string }[];
  if (variableId !== undefined && variableId !== null) {
    return rows.find((r) => r.id === variableId) ?? null;
  }
  return rows.find((r) => SOURCE_TYPE_NAMES.includes(r.name.trim().toLowerCase())) ?? null;
}

/** Each document's source type: the variable's value where set, else the document's kind. */
export function sourceTypesByDocument(
  ctx: Ctx,
  variable: { id: string } | null,
): Map<string, string> {
  const rows = ctx.db.$client
    .prepare(
      `select d.id, d.kind, v.value from documents d
         left join document_values v on v.document_id = d.id and v.variable_id = ?`,
    )
    .all(variable?.id ?? '') as { id: string; kind: string; value: string | null }[];
  return new Map(
    rows.map((r) => [r.id, r.value !== null && r.value.trim() !== '' ? r.value.trim() : r.kind]),
  );
}

/** Counts distinct source types, cases and coders over the supporting excerpts. */
export function triangulate(
  supporting: readonly Excerpt[],
  sourceTypes: ReadonlyMap<string, string>,
  sourceVariable: Triangulation['sourceVariable'],
): Triangulation {
  const distinct = (values: Iterable<string>): string[] =>
    [...new Set(values)].sort((a, b) => a.localeCompare(b));
  return {
    sourceTypes: distinct(supporting.map((e) => sourceTypes.get(e.documentId) ?? e.documentKind)),
    cases: distinct(supporting.flatMap((e) => e.caseNames)),
    coders: distinct(supporting.map((e) => e.coderName)),
    documents: new Set(supporting.map((e) => e.documentId)).size,
    excerpts: supporting.length,
    sourceVariable,
  };
}
