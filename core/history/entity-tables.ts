import { and, eq, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import {
  caseDocuments,
  caseValues,
  cases,
  codes,
  codings,
  documentValues,
  documents,
  memos,
  segments,
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
};
