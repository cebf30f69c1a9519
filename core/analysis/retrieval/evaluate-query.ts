import type { QueryNode, RetrievalQuery } from '../../api/contracts/retrieval';
import type { Ctx } from '../../context';
import { subtreeIds } from '../../coding/code-row';
import { TelaahError } from '../../errors';
import {
  andSpans,
  notSpans,
  orSpans,
  overlappingSpans,
  withinCharacters,
  withinParagraphs,
  type ParagraphOf,
} from './combine-spans';
import { filterDocuments } from './filter-documents';
import { paragraphAt, paragraphStarts } from './paragraph-starts';
import { uniqueSpans, type Span } from './span';

/** Where a query's code nodes look: the filtered documents and coders (null: all). */
interface Scope {
  documentIds: string[] | null;
  coderIds: string[] | null;
}

/** The spans a query yields, in document id then text order. */
export function evaluateQuery(ctx: Ctx, query: RetrievalQuery): Span[] {
  const allowed = filterDocuments(ctx, query.filters);
  const coders = query.filters.coderIds ?? [];
  const scope: Scope = {
    documentIds: allowed === null ? null : [...allowed],
    coderIds: coders.length > 0 ? coders : null,
  };
  return evaluate(ctx, query.root, scope, paragraphFinder(ctx), 0);
}

const MAX_DEPTH = 32;

function evaluate(
  ctx: Ctx,
  node: QueryNode,
  scope: Scope,
  paragraphOf: ParagraphOf,
  depth: number,
): Span[] {
  if (depth > MAX_DEPTH) {
    throw new TelaahError('query_invalid', 'The query is not valid: it is nested too deeply.', {
      detail: 'nested too deeply',
    });
  }
  const sub = (child: QueryNode): Span[] => evaluate(ctx, child, scope, paragraphOf, depth + 1);
  switch (node.op) {
    case 'code':
      return codeSpans(ctx, node.codeId, node.includeSubcodes, scope);
    case 'or':
      return orSpans(node.operands.map(sub));
    case 'and':
      if (node.span === 'segment' && node.left.op === 'code' && node.right.op === 'code') {
        return overlapJoin(ctx, node.left, node.right, node.sameCoder, true, scope);
      }
      return andSpans(sub(node.left), sub(node.right), node);
    case 'overlapping':
      return overlappingSpans(sub(node.left), sub(node.right), node.sameCoder);
    case 'not':
      if (node.left.op === 'code' && node.right.op === 'code') {
        return overlapJoin(ctx, node.left, node.right, node.sameCoder, false, scope);
      }
      return notSpans(sub(node.left), sub(node.right), node.sameCoder);
    case 'within':
      return node.unit === 'characters'
        ? withinCharacters(sub(node.left), sub(node.right), node.distance, node.sameCoder)
        : withinParagraphs(
            sub(node.left),
            sub(node.right),
            node.distance,
            node.sameCoder,
            paragraphOf,
          );
  }
}

type CodeNode = QueryNode & { op: 'code' };

/** The code's id and, with sub-codes, its descendants'; not_found for an unknown code. */
function codeIdsOf(ctx: Ctx, node: CodeNode): string[] {
  const exists = ctx.db.$client.prepare('select 1 from codes where id = ?').get(node.codeId);
  if (exists === undefined) {
    throw new TelaahError('not_found', `Code not found: ${node.codeId}`, {
      what: 'Code',
      name: node.codeId,
    });
  }
  return node.includeSubcodes ? subtreeIds(ctx, node.codeId) : [node.codeId];
}

/** The scope's conditions on segments aliased `alias`, with their parameters. */
function scopeWhere(scope: Scope, alias: string): { where: string[]; params: string[] } {
  const where: string[] = [];
  const params: string[] = [];
  if (scope.documentIds !== null) {
    where.push(`${alias}.document_id in (select value from json_each(?))`);
    params.push(JSON.stringify(scope.documentIds));
  }
  if (scope.coderIds !== null) {
    where.push(`${alias}.coder_id in (select value from json_each(?))`);
    params.push(JSON.stringify(scope.coderIds));
  }
  return { where, params };
}

/**
 * A segments of code node `left` that overlap (`exists`) or do not overlap (not exists) a
 * segment of `right` in the same document: one SQL range-overlap join over the
 * segments(document_id, start) index.
 */
function overlapJoin(
  ctx: Ctx,
  left: CodeNode,
  right: CodeNode,
  sameCoder: boolean,
  exists: boolean,
  scope: Scope,
): Span[] {
  const a = scopeWhere(scope, 'a');
  const b = scopeWhere(scope, 'b');
  // Bounds the index range scan: a B segment that overlaps A starts at most this far before it.
  const longest =
    ((ctx.db.$client.prepare('select max("end" - start) from segments').pluck().get() as
      number | null) ?? 0) + 1;
  const rows = ctx.db.$client
    .prepare(
      `select a.id, a.document_id, a.start, a."end", a.coder_id from segments a
        where a.id in (select segment_id from codings where code_id in (select value from json_each(?)))
          ${a.where.map((w) => `and ${w}`).join(' ')}
          and ${exists ? '' : 'not'} exists (
            select 1 from segments b
             where b.document_id = a.document_id and b.start < a."end" and b."end" > a.start
               and b.start > a.start - ?
               ${sameCoder ? 'and b.coder_id = a.coder_id' : ''}
               ${b.where.map((w) => `and ${w}`).join(' ')}
               and b.id in (select segment_id from codings
                             where code_id in (select value from json_each(?))))`,
    )
    .raw(true)
    .all(
      JSON.stringify(codeIdsOf(ctx, left)),
      ...a.params,
      longest,
      ...b.params,
      JSON.stringify(codeIdsOf(ctx, right)),
    ) as [string, string, number, number, string][];
  return uniqueSpans(rows.map(toSpan));
}

function toSpan([id, documentId, start, end, coderId]: [
  string,
  string,
  number,
  number,
  string,
]): Span {
  return { documentId, start, end, segmentIds: [id], coderId };
}

/** Segments coded with the code (or one of its sub-codes) within the scope, by SQL. */
function codeSpans(ctx: Ctx, codeId: string, includeSubcodes: boolean, scope: Scope): Span[] {
  const codeIds = codeIdsOf(ctx, { op: 'code', codeId, includeSubcodes });
  const { where, params } = scopeWhere(scope, 's');
  const rows = ctx.db.$client
    .prepare(
      `select s.id, s.document_id, s.start, s."end", s.coder_id from segments s
        where s.id in (select segment_id from codings where code_id in (select value from json_each(?)))
          ${where.map((w) => `and ${w}`).join(' ')}`,
    )
    .raw(true)
    .all(JSON.stringify(codeIds), ...params) as [string, string, number, number, string][];
  return rows.map(toSpan);
}

/** Paragraph lookups that read a document's text once, the first time it is asked about. */
function paragraphFinder(ctx: Ctx): ParagraphOf {
  const starts = new Map<string, number[]>();
  const read = ctx.db.$client.prepare('select text from documents where id = ?').pluck();
  return (documentId, offset) => {
    let known = starts.get(documentId);
    if (known === undefined) {
      known = paragraphStarts((read.get(documentId) as string | undefined) ?? '');
      starts.set(documentId, known);
    }
    return paragraphAt(known, offset);
  };
}
