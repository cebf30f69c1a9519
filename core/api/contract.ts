import { z } from 'zod';
import { id, offset, out, tiptapDoc } from './contract-kit';
import { agreementContract } from './contracts/agreement';
import { conclusionsContract } from './contracts/conclusions';
import { displaysContract } from './contracts/displays';
import { exchangeContract } from './contracts/exchange';
import { mergeContract } from './contracts/merge';
import { networkContract } from './contracts/network';
import { retrievalContract } from './contracts/retrieval';
import { reviewContract } from './contracts/review';
import type { CaseListItem } from '../documents/list-cases';
import type { Case } from '../documents/cases';
import type { Variable } from '../documents/variables';
import type { HistoryState } from '../history/history-state';
import type { HistoryStep } from '../history/undo-redo';
import type { MemoListItem } from '../memos/list-memos';
import type { Memo } from '../memos/memo-row';
import type { MemoSearchHit } from '../memos/search-memos';
import type { RecentProject } from '../settings/settings-store';
import type { SegmentDetail } from '../coding/get-segment';
import type { DocumentSegmentSpans } from '../text/segment-spans';
import type { Coder } from '../coding/coders';
import type { CodedSegment } from '../coding/code-range';
import type { Code } from '../coding/code-row';
import type { DeleteCodeResult } from '../coding/delete-code';
import type { CodeListItem } from '../coding/list-codes';
import type { SegmentListItem } from '../coding/list-segments';
import type { MergeResult } from '../coding/merge-codes';
import type { DocumentDetail } from '../documents/get-document';
import type { DocumentListItem } from '../documents/list-documents';
import type { ImportOutcome } from '../import/import-files';
import type { SearchHit } from '../search/search-text';

const codeFields = {
  name: z.string().trim().min(1).max(200),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/u)
    .optional(),
  definition: z.string().optional(),
  inclusion: z.string().optional(),
  exclusion: z.string().optional(),
  example: z.string().optional(),
  shortcut: z.string().nullable().optional(),
  codable: z.boolean().optional(),
};

const memoTarget = z.enum(['project', 'document', 'code', 'segment']);
const variableScope = z.enum(['document', 'case']);

/** The open project as the UI shows it. */
export interface ProjectInfo {
  file: string;
  name: string;
  coder: Coder;
}

/**
 * Every call the renderer, the CLI and the transports can make, declared once as `noun.verb`
 * with its input and output schemas. Handlers, the Electron bridge, the HTTP transport and the
 * renderer client all derive their types from this object.
 */
export const contract = {
  ...retrievalContract,
  ...displaysContract,
  ...networkContract,
  ...conclusionsContract,
  ...exchangeContract,
  ...mergeContract,
  ...agreementContract,
  ...reviewContract,
  /** The running version and the project schema version it writes. */
  'app.info': {
    input: z.object({}),
    output: z.object({ version: z.string(), schemaVersion: z.number().int() }),
  },
  /** Creates a project file and opens it as the current project. */
  'project.create': {
    input: z.object({
      file: z.string().min(1),
      coder: z.string().trim().min(1),
      starterCodebook: z.boolean().default(true),
    }),
    output: out<ProjectInfo>(),
  },
  /** Opens a project file (checked and backed up) as the current project. */
  'project.open': {
    input: z.object({ file: z.string().min(1), coder: z.string().trim().min(1) }),
    output: out<ProjectInfo>(),
  },
  'project.close': { input: z.object({}), output: z.null() },
  /** The current project, or null when none is open. */
  'project.current': { input: z.object({}), output: out<ProjectInfo | null>() },
  'coders.list': { input: z.object({}), output: out<Coder[]>() },
  'documents.list': { input: z.object({}), output: out<DocumentListItem[]>() },
  'documents.get': { input: z.object({ id }), output: out<DocumentDetail>() },
  /** Imports files from disk; one outcome per file, failures leave the project unchanged. */
  'documents.import': {
    input: z.object({ paths: z.array(z.string().min(1)).min(1), password: z.string().optional() }),
    output: out<ImportOutcome[]>(),
  },
  'documents.rename': {
    input: z.object({ id, title: z.string().trim().min(1) }),
    output: out<{ id: string; title: string }>(),
  },
  'documents.delete': { input: z.object({ id }), output: out<{ deletedSegments: number }>() },
  'codes.list': { input: z.object({}), output: out<CodeListItem[]>() },
  'codes.create': {
    input: z.object({ parentId: id.nullable().optional(), ...codeFields }),
    output: out<Code>(),
  },
  'codes.update': {
    input: z.object({ id, patch: z.object(codeFields).partial() }),
    output: out<Code>(),
  },
  'codes.move': {
    input: z.object({ id, parentId: id.nullable(), index: z.number().int().nonnegative() }),
    output: out<Code>(),
  },
  'codes.merge': {
    input: z.object({ sourceIds: z.array(id).min(1), targetId: id }),
    output: out<MergeResult>(),
  },
  'codes.delete': { input: z.object({ id }), output: out<DeleteCodeResult>() },
  'segments.list': {
    input: z.object({
      codeId: id.optional(),
      includeSubcodes: z.boolean().optional(),
      documentId: id.optional(),
      coderId: id.optional(),
    }),
    output: out<SegmentListItem[]>(),
  },
  /** A document's segments as compact spans in text order (the document view's drawing). */
  'segments.spans': {
    input: z.object({ documentId: id }),
    output: out<DocumentSegmentSpans>(),
  },
  /** Applies one or more codes to a range of a document's canonical text. */
  'segments.code': {
    input: z.object({ documentId: id, start: offset, end: offset, codeIds: z.array(id).min(1) }),
    output: out<CodedSegment>(),
  },
  'segments.setCodes': {
    input: z.object({ segmentId: id, codeIds: z.array(id) }),
    output: out<CodedSegment | null>(),
  },
  'segments.resize': {
    input: z.object({ segmentId: id, start: offset, end: offset }),
    output: out<CodedSegment>(),
  },
  'segments.uncode': {
    input: z.object({ segmentId: id, codeId: id }),
    output: out<{ segmentDeleted: boolean }>(),
  },
  'segments.delete': { input: z.object({ segmentId: id }), output: z.null() },
  /** Full-text search: case- and diacritic-insensitive hits with offsets and snippets. */
  'search.text': {
    input: z.object({
      query: z.string(),
      limit: z.number().int().positive().max(10_000).optional(),
    }),
    output: out<SearchHit[]>(),
  },
  /** Projects opened before, most recent first; a missing file is listed once, exists: false. */
  'project.recent': { input: z.object({}), output: out<RecentProject[]>() },
  /**
   * Creates and opens a sample project: three short papers on city-to-city cooperation with
   * attributes, cases, a memo and codings by two coders.
   */
  'project.createSample': {
    input: z.object({ file: z.string().min(1), coder: z.string().trim().min(1) }),
    output: out<ProjectInfo>(),
  },
  /** Reverts the newest change not yet undone (also after reopening the project). */
  'history.undo': { input: z.object({}), output: out<HistoryStep>() },
  /** Re-applies the most recently undone change, if nothing changed since. */
  'history.redo': { input: z.object({}), output: out<HistoryStep>() },
  'history.state': { input: z.object({}), output: out<HistoryState>() },
  /** Memos, most recently edited first, each with a short plain-text preview. */
  'memos.list': {
    input: z.object({ targetType: memoTarget.optional(), targetId: id.nullable().optional() }),
    output: out<MemoListItem[]>(),
  },
  'memos.get': { input: z.object({ id }), output: out<Memo>() },
  'memos.create': {
    input: z.object({
      title: z.string().max(500).default(''),
      bodyJson: tiptapDoc,
      bodyText: z.string().default(''),
      targetType: memoTarget,
      targetId: id.nullable().default(null),
    }),
    output: out<Memo>(),
  },
  /** Saves as the user types: updates within 2 s of each other undo as one step. */
  'memos.update': {
    input: z.object({
      id,
      title: z.string().max(500).optional(),
      bodyJson: tiptapDoc.optional(),
      bodyText: z.string().optional(),
    }),
    output: out<Memo>(),
  },
  'memos.delete': { input: z.object({ id }), output: z.null() },
  /** Memos whose text (every word, case- and diacritic-insensitive) or title matches. */
  'memos.search': {
    input: z.object({ query: z.string(), limit: z.number().int().positive().max(1000).optional() }),
    output: out<MemoSearchHit[]>(),
  },
  'variables.list': {
    input: z.object({ scope: variableScope.optional() }),
    output: out<Variable[]>(),
  },
  'variables.define': {
    input: z.object({
      name: z.string().trim().min(1).max(200),
      type: z.enum(['text', 'number', 'date', 'boolean']),
      scope: variableScope.default('document'),
    }),
    output: out<Variable>(),
  },
  'variables.rename': {
    input: z.object({ id, name: z.string().trim().min(1).max(200) }),
    output: out<Variable>(),
  },
  /** Deletes a variable and all its values. */
  'variables.delete': { input: z.object({ id }), output: out<{ deletedValues: number }>() },
  /** Sets (null clears) a document's value; a value not of the variable's type is invalid_input. */
  'documents.setValue': {
    input: z.object({ documentId: id, variableId: id, value: z.string().nullable() }),
    output: out<{ documentId: string; variableId: string; value: string | null }>(),
  },
  'cases.list': { input: z.object({}), output: out<CaseListItem[]>() },
  'cases.create': {
    input: z.object({
      name: z.string().trim().min(1).max(200),
      description: z.string().optional(),
    }),
    output: out<Case>(),
  },
  /** Adds a document to a case; assigning it twice changes nothing. */
  'cases.assign': { input: z.object({ caseId: id, documentId: id }), output: z.null() },
  'cases.setValue': {
    input: z.object({ caseId: id, variableId: id, value: z.string().nullable() }),
    output: out<{ caseId: string; variableId: string; value: string | null }>(),
  },
  'codes.get': { input: z.object({ id }), output: out<CodeListItem>() },
  /** A segment with its codes, coder name and page. */
  'segments.get': { input: z.object({ id }), output: out<SegmentDetail>() },
  /**
   * Codes every hit (e.g. all search hits) in one step that one undo reverts; hits that are
   * only whitespace are skipped. Returns each coded segment once.
   */
  'segments.codeMany': {
    input: z.object({
      hits: z
        .array(z.object({ documentId: id, start: offset, end: offset }))
        .min(1)
        .max(10_000),
      codeIds: z.array(id).min(1),
    }),
    output: out<CodedSegment[]>(),
  },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
