import type { Ctx } from '../context';
import { events } from '../../db/schema';

/** One row change to record: what was done to which entity, with the row before and after. */
export interface EventInput {
  /** `noun.verb`, e.g. `codes.create`, `segments.code`. */
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** Appends one event to the log; call it inside the transaction of the change it records. */
export function appendEvent(ctx: Ctx, groupId: string, event: EventInput): void {
  ctx.db
    .insert(events)
    .values({
      id: ctx.newId(),
      groupId,
      at: ctx.now(),
      coderId: ctx.coderId === '' ? null : ctx.coderId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: toJson(event.before),
      after: toJson(event.after),
    })
    .run();
}

function toJson(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}
