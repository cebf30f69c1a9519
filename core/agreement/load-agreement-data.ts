import type { Ctx } from '../context';
import { listCodes } from '../coding/list-codes';
import { TelaahError } from '../errors';
import type { PageStart } from '../text/to-canonical-text';
import type { TextUnit } from './text-units';

/** What to compare: which coders, documents and codes, at which unit. */
export interface AgreementScope {
  /** Two to eight coders, in the order results list them. */
  coderIds: string[];
  /** Documents to compare; all when empty or absent. */
  documentIds?: string[] | undefined;
  /** Codes to compare; when empty or absent, every code these coders applied. */
  codeIds?: string[] | undefined;
  unit: TextUnit;
  /** Leave out units no selected coder coded with any selected code. */
  excludeUncoded: boolean;
}

export interface AgreementCoder {
  id: string;
  name: string;
  color: string;
}

export interface AgreementDocument {
  id: string;
  title: string;
  text: string;
  pageMap: PageStart[] | null;
}

export interface AgreementCode {
  id: string;
  path: string;
  color: string;
  /** The semantic domain the code belongs to: its parent's path, '' at the top level. */
  domain: string;
}

/** One coding of a selected coder: a segment and a code. */
export interface AgreementCoding {
  segmentId: string;
  documentIndex: number;
  coderIndex: number;
  codeId: string;
  start: number;
  end: number;
}

export interface AgreementData {
  coders: AgreementCoder[];
  documents: AgreementDocument[];
  codes: AgreementCode[];
  codings: AgreementCoding[];
}

export const MAX_AGREEMENT_CODERS = 8;

/** Loads the coders, documents, codes and codings a scope selects; unknown ids are not_found. */
export function loadAgreementData(ctx: Ctx, scope: AgreementScope): AgreementData {
  const coders = loadCoders(ctx, scope.coderIds);
  const documents = loadDocuments(ctx, scope.documentIds ?? []);
  const docIndex = new Map(documents.map((d, i) => [d.id, i]));
  const coderIndex = new Map(coders.map((c, i) => [c.id, i]));
  const rows = ctx.db.$client
    .prepare(
      `select s.id, s.document_id, s.coder_id, c.code_id, s.start, s."end"
         from segments s join codings c on c.segment_id = s.id
        where s.coder_id in (select value from json_each(?))`,
    )
    .raw(true)
    .all(JSON.stringify(coders.map((c) => c.id))) as [
    string,
    string,
    string,
    string,
    number,
    number,
  ][];
  const wanted =
    scope.codeIds !== undefined && scope.codeIds.length > 0 ? new Set(scope.codeIds) : null;
  const codings: AgreementCoding[] = [];
  for (const [segmentId, documentId, coderId, codeId, start, end] of rows) {
    const d = docIndex.get(documentId);
    const c = coderIndex.get(coderId);
    if (d === undefined || c === undefined || (wanted !== null && !wanted.has(codeId))) continue;
    codings.push({ segmentId, documentIndex: d, coderIndex: c, codeId, start, end });
  }
  const codes = loadCodes(ctx, wanted ?? new Set(codings.map((c) => c.codeId)));
  return { coders, documents, codes, codings };
}

function loadCoders(ctx: Ctx, ids: string[]): AgreementCoder[] {
  if (new Set(ids).size !== ids.length || ids.length < 2 || ids.length > MAX_AGREEMENT_CODERS) {
    throw new TelaahError(
      'invalid_input',
      `Choose two to ${MAX_AGREEMENT_CODERS} different coders to compare.`,
      { detail: 'coders' },
    );
  }
  const stmt = ctx.db.$client.prepare('select id, name, color from coders where id = ?');
  return ids.map((id) => {
    const row = stmt.get(id) as AgreementCoder | undefined;
    if (row === undefined)
      throw new TelaahError('not_found', `No coder “${id}”.`, { what: 'coder', name: id });
    return row;
  });
}

function loadDocuments(ctx: Ctx, ids: string[]): AgreementDocument[] {
  const rows = ctx.db.$client
    .prepare(
      `select id, title, text, page_map as pageMap from documents
        ${ids.length > 0 ? 'where id in (select value from json_each(?))' : ''}
        order by sort_order, title, id`,
    )
    .all(...(ids.length > 0 ? [JSON.stringify(ids)] : [])) as (Omit<
    AgreementDocument,
    'pageMap'
  > & {
    pageMap: string | null;
  })[];
  const found = new Set(rows.map((r) => r.id));
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined) {
    throw new TelaahError('not_found', `No document “${missing}”.`, {
      what: 'document',
      name: missing,
    });
  }
  return rows.map((r) => ({
    ...r,
    pageMap: r.pageMap === null ? null : (JSON.parse(r.pageMap) as PageStart[]),
  }));
}

function loadCodes(ctx: Ctx, ids: Set<string>): AgreementCode[] {
  const all = listCodes(ctx);
  const known = new Set(all.map((c) => c.id));
  const missing = [...ids].find((id) => !known.has(id));
  if (missing !== undefined) {
    throw new TelaahError('not_found', `No code “${missing}”.`, { what: 'code', name: missing });
  }
  const paths = new Map(all.map((c) => [c.id, c.path]));
  return all
    .filter((c) => ids.has(c.id))
    .map((c) => ({
      id: c.id,
      path: c.path,
      color: c.color,
      domain: c.parentId === null ? '' : (paths.get(c.parentId) ?? ''),
    }));
}
