import type { Ctx } from '../../context';
import { CodingColumnsBuilder, type CodingColumns } from './coding-columns';
import type { CodingFilter } from './cooccurrence-options';
import { IdLookup } from './id-lookup';

/** Segments, or named documents, read per statement: bounds on the text one statement builds. */
const CHUNK = { segments: 65_536, documents: 500 };
const FIELD = '\u001f';
const RECORD = '\u001e';

/**
 * The codings the filter selects as columns, skipping codes missing from `codeIndex`. SQLite
 * joins each segment to its codings through the (segment_id, code_id) index and hands back one
 * delimited text per chunk (of segments, or of the chosen documents): better-sqlite3 spends more
 * on building 100,000 row arrays than SQLite spends on the join.
 */
export function loadCodingColumns(
  ctx: Ctx,
  filter: CodingFilter,
  codeIndex: ReadonlyMap<string, number>,
  chunk: { segments: number; documents: number } = CHUNK,
): CodingColumns {
  const sqlite = ctx.db.$client;
  const delimited = !(sqlite
    .prepare(
      `select exists(select 1 from documents where instr(id, char(30)) or instr(id, char(31)))
             or exists(select 1 from codes where instr(id, char(30)) or instr(id, char(31)))`,
    )
    .pluck()
    .get() as number);
  const { where, params } = codingFilterSql(filter);
  const builder = new CodingColumnsBuilder();
  const codes = new IdLookup(codeIndex);
  const read = (within: string): ((...bounds: unknown[]) => void) => {
    const from = `from segments s cross join codings c on c.segment_id = s.id
                 where ${within}${where}`;
    const text = sqlite
      .prepare(
        `select group_concat(s.document_id || char(31) || s.start || char(31) || s."end"
                             || char(31) || c.code_id, char(30)) ${from}`,
      )
      .pluck();
    const rows = sqlite
      .prepare(`select s.document_id, s.start, s."end", c.code_id ${from}`)
      .raw(true);
    return (...bounds) => {
      if (delimited) {
        parseDelimited((text.get(...bounds, ...params) as string | null) ?? '', codes, builder);
        return;
      }
      for (const [documentId, start, end, codeId] of rows.all(...bounds, ...params) as [
        string,
        number,
        number,
        string,
      ][]) {
        const code = codeIndex.get(codeId);
        if (code !== undefined) builder.add(builder.document(documentId), start, end, code);
      }
    };
  };
  const documentIds = chosenDocuments(ctx, filter);
  if (documentIds !== null) {
    // A few documents are found through the (document_id, start) index, not by reading all.
    const inDocuments = read('s.document_id in (select value from json_each(?))');
    for (let at = 0; at < documentIds.length; at += chunk.documents) {
      inDocuments(JSON.stringify(documentIds.slice(at, at + chunk.documents)));
    }
    return builder.finish();
  }
  const inRange = read('s.rowid > ? and s.rowid <= ?');
  const chunkEnd = sqlite
    .prepare('select rowid from segments where rowid > ? order by rowid limit 1 offset ?')
    .pluck()
    .safeIntegers(true);
  // Rowids as bigints, so chunk bounds stay exact however large they grow.
  for (let after = -(2n ** 63n); ;) {
    const last = chunkEnd.get(after, chunk.segments - 1) as bigint | undefined;
    inRange(after, last ?? 2n ** 63n - 1n);
    if (last === undefined) break;
    after = last;
  }
  return builder.finish();
}

/** The documents the filter allows (ids and cases both narrow), or null for every document. */
function chosenDocuments(ctx: Ctx, filter: CodingFilter): string[] | null {
  const ids = filter.documentIds !== undefined && filter.documentIds.length > 0;
  const cases = filter.caseIds !== undefined && filter.caseIds.length > 0;
  if (!ids && !cases) return null;
  return ctx.db.$client
    .prepare(
      `select id from documents
        where (? or id in (select value from json_each(?)))
          and (? or id in (select document_id from case_documents
                            where case_id in (select value from json_each(?))))`,
    )
    .pluck()
    .all(
      ids ? 0 : 1,
      JSON.stringify(filter.documentIds ?? []),
      cases ? 0 : 1,
      JSON.stringify(filter.caseIds ?? []),
    ) as string[];
}

/** Conditions on the codings themselves; `+` keeps the code list from steering the index. */
function codingFilterSql(filter: CodingFilter): { where: string; params: string[] } {
  let where = '';
  const params: string[] = [];
  const within = (column: string, ids: string[] | undefined): void => {
    if (ids === undefined || ids.length === 0) return;
    where += ` and ${column} in (select value from json_each(?))`;
    params.push(JSON.stringify(ids));
  };
  within('+c.code_id', filter.codeIds);
  within('c.coder_id', filter.coderIds);
  return { where, params };
}

/** Reads "document␟start␟end␟code" records joined by ␞; ids hold neither separator. */
function parseDelimited(text: string, codes: IdLookup, builder: CodingColumnsBuilder): void {
  const documents = new IdLookup();
  const length = text.length;
  let at = 0;
  while (at < length) {
    const field = text.indexOf(FIELD, at);
    if (field < 0) break;
    let document = documents.find(text, at, field);
    if (document < 0) {
      const documentId = text.slice(at, field);
      document = builder.document(documentId);
      documents.set(documentId, document);
    }
    at = field + 1;
    // Digits up to the next separator (a non-digit, so a cut-off text cannot loop).
    let start = 0;
    for (let ch = text.charCodeAt(at); ch >= 48 && ch <= 57; ch = text.charCodeAt(++at)) {
      start = start * 10 + ch - 48;
    }
    let end = 0;
    for (let ch = text.charCodeAt(++at); ch >= 48 && ch <= 57; ch = text.charCodeAt(++at)) {
      end = end * 10 + ch - 48;
    }
    at += 1;
    let stop = text.indexOf(RECORD, at);
    if (stop < 0) stop = length;
    const code = codes.find(text, at, stop);
    if (code >= 0) builder.add(document, start, end, code);
    at = stop + 1;
  }
}
