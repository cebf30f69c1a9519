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
  },
  (t) => [
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
