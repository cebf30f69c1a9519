import type { Ctx } from '../context';
import { appendEvent, type EventInput } from './append-event';

/** One user action in progress: its events share `groupId`. */
export interface Change {
  groupId: string;
  record(event: EventInput): void;
}

/**
 * Runs `work` as one transaction whose events share one group id. If `work` throws, neither
 * its rows nor its events remain.
 */
export function inChange<T>(ctx: Ctx, work: (change: Change) => T): T {
  const run = ctx.db.$client.transaction(() => {
    const groupId = ctx.newId();
    return work({
      groupId,
      record: (event) => {
        appendEvent(ctx, groupId, event);
      },
    });
  });
  return run();
}
