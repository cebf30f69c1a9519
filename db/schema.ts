import { sql } from 'drizzle-orm';
import {
  type AnySQLiteColumn,
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

export const documents = sqliteTable(
  'documents',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    kind: text('kind', { enum: ['pdf', 'docx', 'html', 'markdown', 'txt'] }).notNull(),
    originalName: text('original_name').notNull(),
    sha256: text('sha256').notNull(),
    importedAt: integer('imported_at').notNull(),
    pageCount: integer('page_count'),
    language: text('language'),
    notes: text('notes').notNull().default('[]'),
    sortOrder: integer('sort_order').notNull().default(0),
    // Large columns last: SQLite reads a row's columns in order, and these spill to overflow pages.
    pageMap: text('page_map'),
    text: text('text').notNull(),
    docJson: text('doc_json').notNull(),
  },
  (t) => [index('documents_sha256_idx').on(t.sha256)],
);

export const variables = sqliteTable(
  'variables',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    type: text('type', { enum: ['text', 'number', 'date', 'boolean'] }).notNull(),
    scope: text('scope', { enum: ['document', 'case'] }).notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [uniqueIndex('variables_scope_name_idx').on(t.scope, sql`${t.name} collate nocase`)],
);

export const documentValues = sqliteTable(
  'document_values',
  {
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    variableId: text('variable_id')
      .notNull()
      .references(() => variables.id, { onDelete: 'cascade' }),
    value: text('value').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.documentId, t.variableId] }),
    index('document_values_variable_id_idx').on(t.variableId),
  ],
);

export const cases = sqliteTable('cases', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique('cases_name_idx'),
  description: text('description').notNull().default(''),
});

export const caseDocuments = sqliteTable(
  'case_documents',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.documentId] }),
    index('case_documents_document_id_idx').on(t.documentId),
  ],
);

export const caseValues = sqliteTable(
  'case_values',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    variableId: text('variable_id')
      .notNull()
      .references(() => variables.id, { onDelete: 'cascade' }),
    value: text('value').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.variableId] }),
    index('case_values_variable_id_idx').on(t.variableId),
  ],
);

export const codes = sqliteTable(
  'codes',
  {
    id: text('id').primaryKey(),
    parentId: text('parent_id').references((): AnySQLiteColumn => codes.id, {
      onDelete: 'cascade',
    }),
    name: text('name').notNull(),
    color: text('color').notNull(),
    definition: text('definition').notNull().default(''),
    inclusion: text('inclusion').notNull().default(''),
    exclusion: text('exclusion').notNull().default(''),
    example: text('example').notNull().default(''),
    shortcut: text('shortcut'),
    sortOrder: integer('sort_order').notNull().default(0),
    codable: integer('codable', { mode: 'boolean' }).notNull().default(true),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('codes_parent_id_name_idx').on(t.parentId, sql`${t.name} collate nocase`),
    // NULL parents compare unequal in a unique index, so top-level names need their own.
    uniqueIndex('codes_name_idx')
      .on(sql`${t.name} collate nocase`)
      .where(sql`${t.parentId} is null`),
    uniqueIndex('codes_shortcut_idx').on(t.shortcut),
  ],
);

export const coders = sqliteTable('coders', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique('coders_name_idx'),
  color: text('color').notNull(),
  /** A reviewer (supervisor, team lead) can set the review state of others' codings. */
  role: text('role', { enum: ['coder', 'reviewer'] })
    .notNull()
    .default('coder'),
  createdAt: integer('created_at').notNull(),
});

export const segments = sqliteTable(
  'segments',
  {
    id: text('id').primaryKey(),
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    quote: text('quote').notNull(),
    prefix: text('prefix').notNull(),
    suffix: text('suffix').notNull(),
    coderId: text('coder_id')
      .notNull()
      .references(() => coders.id, { onDelete: 'restrict' }),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    index('segments_document_id_start_idx').on(t.documentId, t.start),
    check('segments_range_check', sql`${t.start} >= 0 and ${t.start} < ${t.end}`),
  ],
);

export const codings = sqliteTable(
  'codings',
  {
    id: text('id').primaryKey(),
    segmentId: text('segment_id')
      .notNull()
      .references(() => segments.id, { onDelete: 'cascade' }),
    codeId: text('code_id')
      .notNull()
      .references(() => codes.id, { onDelete: 'cascade' }),
    // The segment's document, copied so document × code tables need no join or sort.
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    coderId: text('coder_id')
      .notNull()
      .references(() => coders.id, { onDelete: 'restrict' }),
    createdAt: integer('created_at').notNull(),
    reviewState: text('review_state', { enum: ['proposed', 'accepted', 'rejected', 'discuss'] })
      .notNull()
      .default('proposed'),
    reviewedBy: text('reviewed_by').references(() => coders.id, { onDelete: 'restrict' }),
    reviewedAt: integer('reviewed_at'),
  },
  (t) => [
    index('codings_review_state_idx').on(t.reviewState),
    uniqueIndex('codings_segment_id_code_id_idx').on(t.segmentId, t.codeId),
    index('codings_code_id_segment_id_idx').on(t.codeId, t.segmentId),
    index('codings_document_id_code_id_idx').on(t.documentId, t.codeId),
  ],
);

export const memos = sqliteTable(
  'memos',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull().default(''),
    bodyJson: text('body_json').notNull(),
    bodyText: text('body_text').notNull().default(''),
    targetType: text('target_type', {
      enum: ['project', 'document', 'code', 'segment'],
    }).notNull(),
    targetId: text('target_id'),
    authorId: text('author_id')
      .notNull()
      .references(() => coders.id, { onDelete: 'restrict' }),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('memos_target_type_target_id_idx').on(t.targetType, t.targetId)],
);

export const events = sqliteTable(
  'events',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull().unique('events_id_idx'),
    groupId: text('group_id').notNull(),
    at: integer('at').notNull(),
    coderId: text('coder_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: text('before'),
    after: text('after'),
  },
  (t) => [
    index('events_group_id_idx').on(t.groupId),
    index('events_entity_type_entity_id_idx').on(t.entityType, t.entityId),
  ],
);

export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

// ---- Analysis (Miles & Huberman: reduction, display, conclusions) ----

/** A retrieval the researcher named and kept: its definition is a `RetrievalQuery` as JSON. */
export const savedQueries = sqliteTable('saved_queries', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique('saved_queries_name_idx'),
  definition: text('definition').notNull(),
  authorId: text('author_id')
    .notNull()
    .references(() => coders.id, { onDelete: 'restrict' }),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/**
 * A written condensation: of a code, a document (summary form), a case, or a code × case cell.
 * `fields` holds the named answers of a summary form as JSON (`{ [question]: text }`).
 */
export const summaries = sqliteTable(
  'summaries',
  {
    id: text('id').primaryKey(),
    scope: text('scope', { enum: ['code', 'document', 'case', 'cell'] }).notNull(),
    codeId: text('code_id').references(() => codes.id, { onDelete: 'cascade' }),
    documentId: text('document_id').references(() => documents.id, { onDelete: 'cascade' }),
    caseId: text('case_id').references(() => cases.id, { onDelete: 'cascade' }),
    title: text('title').notNull().default(''),
    bodyJson: text('body_json').notNull(),
    bodyText: text('body_text').notNull().default(''),
    fields: text('fields').notNull().default('{}'),
    authorId: text('author_id')
      .notNull()
      .references(() => coders.id, { onDelete: 'restrict' }),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    index('summaries_scope_code_id_idx').on(t.scope, t.codeId),
    index('summaries_document_id_idx').on(t.documentId),
    index('summaries_case_id_idx').on(t.caseId),
  ],
);

/** The excerpts a summary rests on. */
export const summarySegments = sqliteTable(
  'summary_segments',
  {
    summaryId: text('summary_id')
      .notNull()
      .references(() => summaries.id, { onDelete: 'cascade' }),
    segmentId: text('segment_id')
      .notNull()
      .references(() => segments.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.summaryId, t.segmentId] }),
    index('summary_segments_segment_id_idx').on(t.segmentId),
  ],
);

/** A saved display: a matrix, a network, a co-occurrence table or a chart; `config` is JSON. */
export const displays = sqliteTable('displays', {
  id: text('id').primaryKey(),
  kind: text('kind', { enum: ['matrix', 'network', 'cooccurrence', 'chart'] }).notNull(),
  name: text('name').notNull(),
  template: text('template'),
  config: text('config').notNull().default('{}'),
  authorId: text('author_id')
    .notNull()
    .references(() => coders.id, { onDelete: 'restrict' }),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/** A researcher-written matrix cell: text, a rating and/or a symbol, linked to excerpts. */
export const matrixEntries = sqliteTable(
  'matrix_entries',
  {
    id: text('id').primaryKey(),
    displayId: text('display_id')
      .notNull()
      .references(() => displays.id, { onDelete: 'cascade' }),
    rowKey: text('row_key').notNull(),
    columnKey: text('column_key').notNull(),
    text: text('text').notNull().default(''),
    rating: integer('rating'),
    symbol: text('symbol'),
    authorId: text('author_id')
      .notNull()
      .references(() => coders.id, { onDelete: 'restrict' }),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('matrix_entries_display_id_row_key_column_key_idx').on(
      t.displayId,
      t.rowKey,
      t.columnKey,
    ),
  ],
);

export const matrixEntrySegments = sqliteTable(
  'matrix_entry_segments',
  {
    entryId: text('entry_id')
      .notNull()
      .references(() => matrixEntries.id, { onDelete: 'cascade' }),
    segmentId: text('segment_id')
      .notNull()
      .references(() => segments.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.entryId, t.segmentId] }),
    index('matrix_entry_segments_segment_id_idx').on(t.segmentId),
  ],
);

/** A researcher-drawn, typed link between two codes (e.g. leads to, contradicts, part of). */
export const codeLinks = sqliteTable(
  'code_links',
  {
    id: text('id').primaryKey(),
    sourceCodeId: text('source_code_id')
      .notNull()
      .references(() => codes.id, { onDelete: 'cascade' }),
    targetCodeId: text('target_code_id')
      .notNull()
      .references(() => codes.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    note: text('note').notNull().default(''),
    authorId: text('author_id')
      .notNull()
      .references(() => coders.id, { onDelete: 'restrict' }),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    index('code_links_source_code_id_idx').on(t.sourceCodeId),
    index('code_links_target_code_id_idx').on(t.targetCodeId),
  ],
);

/** A claim in the conclusion ledger. */
export const conclusions = sqliteTable('conclusions', {
  id: text('id').primaryKey(),
  claim: text('claim').notNull(),
  status: text('status', { enum: ['tentative', 'supported', 'verified', 'rejected'] })
    .notNull()
    .default('tentative'),
  rivalExplanations: text('rival_explanations').notNull().default(''),
  note: text('note').notNull().default(''),
  sortOrder: integer('sort_order').notNull().default(0),
  authorId: text('author_id')
    .notNull()
    .references(() => coders.id, { onDelete: 'restrict' }),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/**
 * An excerpt weighed for a claim: supporting, negative evidence, or a proposed counter-example
 * the researcher dismissed (kept so it is not proposed again).
 */
export const conclusionEvidence = sqliteTable(
  'conclusion_evidence',
  {
    conclusionId: text('conclusion_id')
      .notNull()
      .references(() => conclusions.id, { onDelete: 'cascade' }),
    segmentId: text('segment_id')
      .notNull()
      .references(() => segments.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['supporting', 'negative', 'dismissed'] }).notNull(),
    note: text('note').notNull().default(''),
    addedBy: text('added_by')
      .notNull()
      .references(() => coders.id, { onDelete: 'restrict' }),
    addedAt: integer('added_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.conclusionId, t.segmentId] }),
    index('conclusion_evidence_segment_id_idx').on(t.segmentId),
  ],
);

/** A verification tactic (e.g. `triangulating`) and whether and how it was applied to a claim. */
export const conclusionTactics = sqliteTable(
  'conclusion_tactics',
  {
    conclusionId: text('conclusion_id')
      .notNull()
      .references(() => conclusions.id, { onDelete: 'cascade' }),
    tactic: text('tactic').notNull(),
    applied: integer('applied', { mode: 'boolean' }).notNull().default(false),
    note: text('note').notNull().default(''),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.conclusionId, t.tactic] })],
);

// ---- Team work and review ----

/** A named set of codes (a code group) or of documents, as REFI-QDA sets. */
export const sets = sqliteTable('sets', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  createdAt: integer('created_at').notNull(),
});

export const setMembers = sqliteTable(
  'set_members',
  {
    setId: text('set_id')
      .notNull()
      .references(() => sets.id, { onDelete: 'cascade' }),
    memberType: text('member_type', { enum: ['code', 'document'] }).notNull(),
    memberId: text('member_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.setId, t.memberType, t.memberId] }),
    index('set_members_member_id_idx').on(t.memberId),
  ],
);

/** A comment in a thread on a coding or a segment; `parentId` answers another comment. */
export const comments = sqliteTable(
  'comments',
  {
    id: text('id').primaryKey(),
    targetType: text('target_type', { enum: ['coding', 'segment'] }).notNull(),
    targetId: text('target_id').notNull(),
    parentId: text('parent_id').references((): AnySQLiteColumn => comments.id, {
      onDelete: 'cascade',
    }),
    body: text('body').notNull(),
    authorId: text('author_id')
      .notNull()
      .references(() => coders.id, { onDelete: 'restrict' }),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('comments_target_type_target_id_idx').on(t.targetType, t.targetId)],
);
