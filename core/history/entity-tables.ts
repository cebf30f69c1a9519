import { and, eq, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import {
  caseDocuments,
  caseValues,
  cases,
  codeLinks,
  coders,
  codes,
  codings,
  comments,
  conclusionEvidence,
  conclusions,
  conclusionTactics,
  displays,
  documentValues,
  documents,
  matrixEntries,
  matrixEntrySegments,
  memos,
  savedQueries,
  segments,
  setMembers,
  sets,
  summaries,
  summarySegments,
  variables,
} from '../../db/schema';

type Row = Record<string, unknown>;

/** How undo finds and writes the rows of one entity type. */
export interface EntityTable {
  table: SQLiteTable;
  /** The primary-key condition for a recorded row. */
  key(row: Row): SQL;
  /** False for rows events record only in part (documents): they can be updated, not re-inserted. */
  restorable: boolean;
}

const byId = (column: SQLiteColumn) => (row: Row) => eq(column, String(row.id));

/** The condition on a composite key: each named property of the row equals its column. */
const byColumns =
  (columns: Record<string, SQLiteColumn>) =>
  (row: Row): SQL =>
    and(...Object.entries(columns).map(([name, column]) => eq(column, row[name]))) as SQL;

/** The table behind every entity type that undo can revert. */
export const ENTITY_TABLES: Readonly<Record<string, EntityTable>> = {
  code: { table: codes, key: byId(codes.id), restorable: true },
  segment: { table: segments, key: byId(segments.id), restorable: true },
  coding: { table: codings, key: byId(codings.id), restorable: true },
  memo: { table: memos, key: byId(memos.id), restorable: true },
  variable: { table: variables, key: byId(variables.id), restorable: true },
  case: { table: cases, key: byId(cases.id), restorable: true },
  document: { table: documents, key: byId(documents.id), restorable: false },
  document_value: {
    table: documentValues,
    key: (row) =>
      and(
        eq(documentValues.documentId, String(row.documentId)),
        eq(documentValues.variableId, String(row.variableId)),
      ) as SQL,
    restorable: true,
  },
  case_document: {
    table: caseDocuments,
    key: (row) =>
      and(
        eq(caseDocuments.caseId, String(row.caseId)),
        eq(caseDocuments.documentId, String(row.documentId)),
      ) as SQL,
    restorable: true,
  },
  case_value: {
    table: caseValues,
    key: (row) =>
      and(
        eq(caseValues.caseId, String(row.caseId)),
        eq(caseValues.variableId, String(row.variableId)),
      ) as SQL,
    restorable: true,
  },
  coder: { table: coders, key: byId(coders.id), restorable: true },
  saved_query: { table: savedQueries, key: byId(savedQueries.id), restorable: true },
  summary: { table: summaries, key: byId(summaries.id), restorable: true },
  summary_segment: {
    table: summarySegments,
    key: byColumns({ summaryId: summarySegments.summaryId, segmentId: summarySegments.segmentId }),
    restorable: true,
  },
  display: { table: displays, key: byId(displays.id), restorable: true },
  matrix_entry: { table: matrixEntries, key: byId(matrixEntries.id), restorable: true },
  matrix_entry_segment: {
    table: matrixEntrySegments,
    key: byColumns({
      entryId: matrixEntrySegments.entryId,
      segmentId: matrixEntrySegments.segmentId,
    }),
    restorable: true,
  },
  code_link: { table: codeLinks, key: byId(codeLinks.id), restorable: true },
  conclusion: { table: conclusions, key: byId(conclusions.id), restorable: true },
  conclusion_evidence: {
    table: conclusionEvidence,
    key: byColumns({
      conclusionId: conclusionEvidence.conclusionId,
      segmentId: conclusionEvidence.segmentId,
    }),
    restorable: true,
  },
  conclusion_tactic: {
    table: conclusionTactics,
    key: byColumns({
      conclusionId: conclusionTactics.conclusionId,
      tactic: conclusionTactics.tactic,
    }),
    restorable: true,
  },
  set: { table: sets, key: byId(sets.id), restorable: true },
  set_member: {
    table: setMembers,
    key: byColumns({
      setId: setMembers.setId,
      memberType: setMembers.memberType,
      memberId: setMembers.memberId,
    }),
    restorable: true,
  },
  comment: { table: comments, key: byId(comments.id), restorable: true },
};
