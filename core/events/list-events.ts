import { and, asc, eq, gt, type SQL } from 'drizzle-orm';
import type { Ctx } from '../context';
import { events } from '../../db/schema';

/** An event as stored, with its before/after rows parsed. */
export interface EventRecord {
  seq: number;
  id: string;
  groupId: string;
  at: number;
  coderId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface EventFilters {
  action?: string;
  entityType?: string;
  entityId?: string;
  groupId?: string;
  coderId?: string;
  /** Only events after this sequence number. */
  afterSeq?: number;
  limit?: number;
}

/** Events in the order they happened, optionally filtered. */
export function listEvents(ctx: Ctx, filters: EventFilters = {}): EventRecord[] {
  const conditions: SQL[] = [];
  if (filters.action !== undefined) conditions.push(eq(events.action, filters.action));
  if (filters.entityType !== undefined) conditions.push(eq(events.entityType, filters.entityType));
  if (filters.entityId !== undefined) conditions.push(eq(events.entityId, filters.entityId));
  if (filters.groupId !== undefined) conditions.push(eq(events.groupId, filters.groupId));
  if (filters.coderId !== undefined) conditions.push(eq(events.coderId, filters.coderId));
  if (filters.afterSeq !== undefined) conditions.push(gt(events.seq, filters.afterSeq));
  const rows = ctx.db
    .select()
    .from(events)
    .where(and(...conditions))
    .orderBy(asc(events.seq))
    .limit(filters.limit ?? -1)
    .all();
  return rows.map((row) => ({
    ...row,
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
  }));
}
