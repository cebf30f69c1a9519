import { z } from 'zod';
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

/** Output schemas are typed, not re-validated: handlers are ours, inputs are not. */
const out = <T>() => z.custom<T>(() => true);

const id = z.string().min(1);
const offset = z.number().int().nonnegative();
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
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
