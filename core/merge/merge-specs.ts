import {
  codeLinks,
  comments,
  conclusionEvidence,
  conclusions,
  conclusionTactics,
  displays,
  matrixEntries,
  matrixEntrySegments,
  memos,
  savedQueries,
  setMembers,
  sets,
  summaries,
  summarySegments,
} from '../../db/schema';
import type { TableSpec } from './merge-by-spec';
import type { MapName } from './merge-run';

type Row = Record<string, unknown>;

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const short = (v: unknown): string => {
  const flat = str(v).replace(/\s+/gu, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
};
const id = ['id'] as const;
const author = { prop: 'authorId', map: 'coder' } as const;
const oldestFirst = (a: Row, b: Row) => Number(a.createdAt) - Number(b.createdAt);

const memoTarget = (row: Row): MapName | null =>
  row.targetType === 'document' || row.targetType === 'code' || row.targetType === 'segment'
    ? row.targetType
    : null;

/** Every table merged by id or composite key, in an order where references come first. */
export const MERGE_SPECS: readonly TableSpec[] = [
  {
    entity: 'memo',
    table: memos,
    key: id,
    refs: [author, { prop: 'targetId', map: memoTarget }],
    compare: ['title', 'bodyJson'],
    carry: ['bodyText'],
    shown: { bodyJson: 'bodyText' },
    map: 'memo',
    label: (r) => str(r.title) || short(r.bodyText),
  },
  {
    entity: 'code_link',
    table: codeLinks,
    key: id,
    refs: [author, { prop: 'sourceCodeId', map: 'code' }, { prop: 'targetCodeId', map: 'code' }],
    compare: ['note'],
    natural: ['sourceCodeId', 'targetCodeId', 'type'],
    label: (r) => str(r.type),
  },
  {
    entity: 'set',
    table: sets,
    key: id,
    refs: [],
    compare: ['name', 'description'],
    map: 'set',
    label: (r) => str(r.name),
  },
  {
    entity: 'set_member',
    table: setMembers,
    key: ['setId', 'memberType', 'memberId'],
    refs: [
      { prop: 'setId', map: 'set' },
      { prop: 'memberId', map: (r) => (r.memberType === 'code' ? 'code' : 'document') },
    ],
    compare: [],
    label: (r) => `${str(r.memberType)} ${str(r.memberId)}`,
  },
  {
    entity: 'saved_query',
    table: savedQueries,
    key: id,
    refs: [author],
    compare: ['definition'],
    natural: ['name'],
    label: (r) => str(r.name),
  },
  {
    entity: 'summary',
    table: summaries,
    key: id,
    refs: [
      author,
      { prop: 'codeId', map: 'code' },
      { prop: 'documentId', map: 'document' },
      { prop: 'caseId', map: 'case' },
    ],
    compare: ['title', 'bodyJson', 'fields'],
    carry: ['bodyText'],
    shown: { bodyJson: 'bodyText' },
    map: 'summary',
    label: (r) => str(r.title) || short(r.bodyText),
  },
  {
    entity: 'summary_segment',
    table: summarySegments,
    key: ['summaryId', 'segmentId'],
    refs: [
      { prop: 'summaryId', map: 'summary' },
      { prop: 'segmentId', map: 'segment' },
    ],
    compare: [],
    label: (r) => str(r.segmentId),
  },
  {
    entity: 'display',
    table: displays,
    key: id,
    refs: [author],
    compare: ['name', 'template', 'config'],
    map: 'display',
    label: (r) => str(r.name),
  },
  {
    entity: 'matrix_entry',
    table: matrixEntries,
    key: id,
    refs: [author, { prop: 'displayId', map: 'display' }],
    compare: ['text', 'rating', 'symbol'],
    natural: ['displayId', 'rowKey', 'columnKey'],
    map: 'matrix_entry',
    label: (r) => `${str(r.rowKey)} × ${str(r.columnKey)}`,
  },
  {
    entity: 'matrix_entry_segment',
    table: matrixEntrySegments,
    key: ['entryId', 'segmentId'],
    refs: [
      { prop: 'entryId', map: 'matrix_entry' },
      { prop: 'segmentId', map: 'segment' },
    ],
    compare: [],
    label: (r) => str(r.segmentId),
  },
  {
    entity: 'conclusion',
    table: conclusions,
    key: id,
    refs: [author],
    compare: ['claim', 'status', 'rivalExplanations', 'note'],
    map: 'conclusion',
    label: (r) => short(r.claim),
  },
  {
    entity: 'conclusion_evidence',
    table: conclusionEvidence,
    key: ['conclusionId', 'segmentId'],
    refs: [
      { prop: 'conclusionId', map: 'conclusion' },
      { prop: 'segmentId', map: 'segment' },
      { prop: 'addedBy', map: 'coder' },
    ],
    compare: ['role', 'note'],
    label: (r) => str(r.segmentId),
  },
  {
    entity: 'conclusion_tactic',
    table: conclusionTactics,
    key: ['conclusionId', 'tactic'],
    refs: [{ prop: 'conclusionId', map: 'conclusion' }],
    compare: ['applied', 'note'],
    label: (r) => str(r.tactic),
  },
  {
    entity: 'comment',
    table: comments,
    key: id,
    refs: [
      author,
      { prop: 'targetId', map: (r) => (r.targetType === 'coding' ? 'coding' : 'segment') },
      { prop: 'parentId', map: 'comment' },
    ],
    compare: ['body'],
    map: 'comment',
    order: oldestFirst,
    label: (r) => short(r.body),
  },
];
