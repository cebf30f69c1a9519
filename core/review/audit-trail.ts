import type { Ctx } from '../context';
import { toCsv } from '../exchange/to-csv';

export interface AuditFilters {
  coderId?: string;
  entityType?: string;
  entityId?: string;
  /** Only actions starting with this, e.g. `codes.` or `review.setState`. */
  action?: string;
  /** Inclusive bounds in ms since the epoch. */
  from?: number;
  to?: number;
  /** Newest first (the view) or oldest first (exports). */
  order?: 'newest' | 'oldest';
  limit?: number;
  offset?: number;
}

/** One field a change touched. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** One change in the event log, as the audit trail shows it. */
export interface AuditEntry {
  seq: number;
  /** Changes made by one action share a group id. */
  groupId: string;
  at: number;
  coderId: string | null;
  coderName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  kind: 'create' | 'update' | 'delete';
  /** What the entity is, for people: a code's or document's name, an excerpt's quote. */
  label: string;
  changes: FieldChange[];
}

export interface AuditPage {
  entries: AuditEntry[];
  /** How many entries match the filters in all. */
  total: number;
}

// Bookkeeping fields that every update touches and nobody cites.
const QUIET_FIELDS = new Set(['updatedAt']);

/** The event log filtered by person, object, action and time, with field-level changes. */
export function auditTrail(ctx: Ctx, filters: AuditFilters = {}): AuditPage {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filters.coderId !== undefined) {
    where.push('e.coder_id = ?');
    params.push(filters.coderId);
  }
  if (filters.entityType !== undefined) {
    where.push('e.entity_type = ?');
    params.push(filters.entityType);
  }
  if (filters.entityId !== undefined) {
    where.push('e.entity_id = ?');
    params.push(filters.entityId);
  }
  if (filters.action !== undefined && filters.action !== '') {
    where.push("e.action like ? escape '\\'");
    params.push(`${filters.action.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`);
  }
  if (filters.from !== undefined) {
    where.push('e.at >= ?');
    params.push(filters.from);
  }
  if (filters.to !== undefined) {
    where.push('e.at <= ?');
    params.push(filters.to);
  }
  const clause = where.length > 0 ? `where ${where.join(' and ')}` : '';
  const total = (
    ctx.db.$client.prepare(`select count(*) as n from events e ${clause}`).get(...params) as {
      n: number;
    }
  ).n;
  const order = filters.order === 'oldest' ? 'asc' : 'desc';
  const rows = ctx.db.$client
    .prepare(
      `select e.seq, e.group_id, e.at, e.coder_id, c.name as coder_name, e.action, e.entity_type,
              e.entity_id, e.before, e.after
         from events e left join coders c on c.id = e.coder_id
        ${clause}
        order by e.seq ${order}
        limit ? offset ?`,
    )
    .all(...params, filters.limit ?? 200, filters.offset ?? 0) as EventRow[];
  const names = entityNames(ctx);
  return { entries: rows.map((r) => toEntry(r, names)), total };
}

/** The whole filtered trail as CSV (UTF-8 with BOM), oldest first: one row per changed field. */
export function auditTrailCsv(ctx: Ctx, filters: AuditFilters = {}): string {
  const { entries } = auditTrail(ctx, {
    ...filters,
    order: 'oldest',
    limit: -1,
    offset: 0,
  });
  const header = [
    'seq',
    'time_utc',
    'coder',
    'action',
    'entity_type',
    'entity_id',
    'entity',
    'change',
    'field',
    'before',
    'after',
  ];
  const rows: string[][] = [];
  for (const e of entries) {
    const common = [
      String(e.seq),
      new Date(e.at).toISOString(),
      e.coderName ?? '',
      e.action,
      e.entityType,
      e.entityId,
      e.label,
      e.kind,
    ];
    if (e.changes.length === 0) rows.push([...common, '', '', '']);
    for (const c of e.changes) rows.push([...common, c.field, show(c.before), show(c.after)]);
  }
  return toCsv(header, rows);
}

interface EventRow {
  seq: number;
  group_id: string;
  at: number;
  coder_id: string | null;
  coder_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: string | null;
  after: string | null;
}

type Row = Record<string, unknown>;

function toEntry(r: EventRow, names: EntityNames): AuditEntry {
  const before = r.before === null ? null : (JSON.parse(r.before) as Row);
  const after = r.after === null ? null : (JSON.parse(r.after) as Row);
  const kind = before === null ? 'create' : after === null ? 'delete' : 'update';
  return {
    seq: r.seq,
    groupId: r.group_id,
    at: r.at,
    coderId: r.coder_id,
    coderName: r.coder_name,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    kind,
    label: labelOf(r.entity_type, r.entity_id, after ?? before ?? {}, names),
    changes: diff(before, after).map((c) =>
      CODER_FIELDS.has(c.field)
        ? { ...c, before: coderName(c.before, names), after: coderName(c.after, names) }
        : c,
    ),
  };
}

/** The fields whose values differ (all fields of a created or deleted row). */
export function diff(before: Row | null, after: Row | null): FieldChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const out: FieldChange[] = [];
  for (const field of fields) {
    const a = before?.[field] ?? null;
    const b = after?.[field] ?? null;
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    if (before !== null && after !== null && QUIET_FIELDS.has(field)) continue;
    out.push({ field, before: a, after: b });
  }
  return out;
}

interface EntityNames {
  codes: Map<string, string>;
  documents: Map<string, string>;
  coders: Map<string, string>;
}

// Fields that hold a coder's id: the trail shows the coder's name instead.
const CODER_FIELDS = new Set(['coderId', 'authorId', 'reviewedBy', 'addedBy']);

function entityNames(ctx: Ctx): EntityNames {
  const pairs = (sql: string) =>
    new Map(
      (ctx.db.$client.prepare(sql).all() as { id: string; name: string }[]).map((r) => [
        r.id,
        r.name,
      ]),
    );
  return {
    codes: pairs('select id, name from codes'),
    documents: pairs('select id, title as name from documents'),
    coders: pairs('select id, name from coders'),
  };
}

function labelOf(entityType: string, entityId: string, row: Row, names: EntityNames): string {
  const str = (v: unknown): string => (typeof v === 'string' ? v : '');
  switch (entityType) {
    case 'code':
      return str(row.name) || (names.codes.get(entityId) ?? entityId);
    case 'document':
      return str(row.title) || (names.documents.get(entityId) ?? entityId);
    case 'segment':
      return `“${short(str(row.quote))}” (${names.documents.get(str(row.documentId)) ?? ''})`;
    case 'coding': {
      const code = names.codes.get(str(row.codeId)) ?? str(row.codeId);
      return `${code} · ${names.documents.get(str(row.documentId)) ?? ''}`;
    }
    case 'memo':
      return str(row.title) || short(str(row.bodyText));
    case 'comment':
      return short(str(row.body));
    case 'coder':
    case 'variable':
    case 'case':
    case 'set':
    case 'saved_query':
      return str(row.name) || entityId;
    case 'conclusion':
      return short(str(row.claim));
    case 'display':
    case 'summary':
      return str(row.name) || str(row.title) || entityId;
    default:
      return entityId;
  }
}

function coderName(value: unknown, names: EntityNames): unknown {
  return typeof value === 'string' ? (names.coders.get(value) ?? value) : value;
}

function short(text: string): string {
  const clean = text.replace(/\s+/gu, ' ').trim();
  return clean.length > 80 ? `${clean.slice(0, 79)}…` : clean;
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
