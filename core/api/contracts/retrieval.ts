// Calls of the retrieval feature, merged into the one contract in ../contract.ts.
import { z } from 'zod';
import { id, out, tiptapDoc } from '../contract-kit';
import type { ExportedFile } from '../exported-file';
import type { RetrievalResult } from '../../analysis/retrieval/retrieval-row';
import type { SavedQuery } from '../../analysis/retrieval/saved-queries';
import type { Summary, SummaryDetail } from '../../analysis/summaries/summary-row';

/**
 * One node of a boolean code query. Every node yields spans of text; a `code` node yields the
 * segments coded with the code (and its sub-codes). Binary nodes compare the spans of `left`
 * (A) with those of `right` (B) in the same document:
 * - `and`: A spans that overlap a B span; `span: 'intersection'` gives only the shared text.
 * - `overlapping`: A spans that overlap a B span and B spans that overlap an A span (both sides).
 * - `not`: A spans that overlap no B span.
 * - `within`: A spans with a B span at most `distance` characters or paragraphs away
 *   (overlapping counts as distance 0; paragraphs are blocks separated by a blank line).
 * `sameCoder` requires both spans to be coded by the same coder.
 */
export type QueryNode =
  | { op: 'code'; codeId: string; includeSubcodes: boolean }
  | { op: 'or'; operands: QueryNode[] }
  | {
      op: 'and';
      left: QueryNode;
      right: QueryNode;
      span: 'segment' | 'intersection';
      sameCoder: boolean;
    }
  | { op: 'overlapping' | 'not'; left: QueryNode; right: QueryNode; sameCoder: boolean }
  | {
      op: 'within';
      left: QueryNode;
      right: QueryNode;
      distance: number;
      unit: 'characters' | 'paragraphs';
      sameCoder: boolean;
    };

export const queryNode: z.ZodType<QueryNode> = z.lazy(() =>
  z.discriminatedUnion('op', [
    z.object({ op: z.literal('code'), codeId: id, includeSubcodes: z.boolean() }),
    z.object({ op: z.literal('or'), operands: z.array(queryNode).min(1).max(50) }),
    z.object({
      op: z.literal('and'),
      left: queryNode,
      right: queryNode,
      span: z.enum(['segment', 'intersection']),
      sameCoder: z.boolean(),
    }),
    z.object({
      op: z.enum(['overlapping', 'not']),
      left: queryNode,
      right: queryNode,
      sameCoder: z.boolean(),
    }),
    z.object({
      op: z.literal('within'),
      left: queryNode,
      right: queryNode,
      distance: z.number().int().nonnegative().max(1_000_000),
      unit: z.enum(['characters', 'paragraphs']),
      sameCoder: z.boolean(),
    }),
  ]),
);

/** A typed condition on a document or case attribute; values are compared by the variable's type. */
export const attributeCondition = z.object({
  variableId: id,
  op: z.enum(['eq', 'ne', 'lt', 'gt', 'between', 'contains']),
  value: z.string(),
  /** The upper bound of `between` (inclusive). */
  value2: z.string().optional(),
});
export type AttributeCondition = z.infer<typeof attributeCondition>;

/** Which segments take part: every filter given must hold (documents ∧ cases ∧ attributes ∧ coders). */
export const retrievalFilters = z.object({
  documentIds: z.array(id).max(10_000).optional(),
  caseIds: z.array(id).max(10_000).optional(),
  attributes: z.array(attributeCondition).max(50).optional(),
  coderIds: z.array(id).max(1000).optional(),
});
export type RetrievalFilters = z.infer<typeof retrievalFilters>;

/** A retrieval: a boolean code query and filters. Stored as JSON in saved_queries.definition. */
export const retrievalQuery = z.object({
  root: queryNode,
  filters: retrievalFilters.default({}),
});
export type RetrievalQuery = z.output<typeof retrievalQuery>;

/** How much text around each result to show: its paragraph, or N characters either side. */
export const retrievalContext = z.object({
  unit: z.enum(['paragraph', 'characters']),
  size: z.number().int().nonnegative().max(5000),
});

const summaryScope = z.enum(['code', 'document', 'case', 'cell']);
const summaryFields = z.record(z.string().max(100), z.string().max(100_000));

export const retrievalContract = {
  /** Runs a boolean code query; rows in document order with page, codes, coder and context. */
  'retrieval.run': {
    input: z.object({ query: retrievalQuery, context: retrievalContext.optional() }),
    output: out<RetrievalResult>(),
  },
  /** The result of a query as CSV (UTF-8 with BOM), XLSX or DOCX, described in `language`. */
  'retrieval.export': {
    input: z.object({
      query: retrievalQuery,
      format: z.enum(['csv', 'xlsx', 'docx']),
      language: z.enum(['en', 'id']).default('en'),
      title: z.string().max(200).optional(),
    }),
    output: out<ExportedFile>(),
  },
  'queries.list': { input: z.object({}), output: out<SavedQuery[]>() },
  'queries.create': {
    input: z.object({ name: z.string().trim().min(1).max(200), definition: retrievalQuery }),
    output: out<SavedQuery>(),
  },
  /** Renames a saved query and/or replaces its definition. */
  'queries.update': {
    input: z.object({
      id,
      name: z.string().trim().min(1).max(200).optional(),
      definition: retrievalQuery.optional(),
    }),
    output: out<SavedQuery>(),
  },
  'queries.delete': { input: z.object({ id }), output: z.null() },
  /** Runs a saved query by id. */
  'queries.run': {
    input: z.object({ id, context: retrievalContext.optional() }),
    output: out<RetrievalResult>(),
  },
  /** Summaries, newest edit first; filter by scope and by what they summarise. */
  'summaries.list': {
    input: z.object({
      scope: summaryScope.optional(),
      codeId: id.optional(),
      documentId: id.optional(),
      caseId: id.optional(),
    }),
    output: out<Summary[]>(),
  },
  /** A summary with the excerpts it rests on (document, page, codes). */
  'summaries.get': { input: z.object({ id }), output: out<SummaryDetail>() },
  /** Writes a condensation of a code, a document (summary form), a case or a code × case cell. */
  'summaries.create': {
    input: z.object({
      scope: summaryScope,
      codeId: id.nullable().default(null),
      documentId: id.nullable().default(null),
      caseId: id.nullable().default(null),
      title: z.string().max(500).default(''),
      bodyJson: tiptapDoc.optional(),
      bodyText: z.string().max(1_000_000).default(''),
      fields: summaryFields.default({}),
      segmentIds: z.array(id).max(10_000).default([]),
    }),
    output: out<SummaryDetail>(),
  },
  'summaries.update': {
    input: z.object({
      id,
      title: z.string().max(500).optional(),
      bodyJson: tiptapDoc.optional(),
      bodyText: z.string().max(1_000_000).optional(),
      fields: summaryFields.optional(),
    }),
    output: out<SummaryDetail>(),
  },
  'summaries.delete': { input: z.object({ id }), output: z.null() },
  /** Links excerpts (segments) to a summary; linking one twice changes nothing. */
  'summaries.link': {
    input: z.object({ id, segmentIds: z.array(id).min(1).max(10_000) }),
    output: out<SummaryDetail>(),
  },
  'summaries.unlink': {
    input: z.object({ id, segmentIds: z.array(id).min(1).max(10_000) }),
    output: out<SummaryDetail>(),
  },
} as const;
