import type { Ctx } from '../context';
import { inChange } from '../events/in-change';
import { listEvents } from '../events/list-events';
import { groupLabel } from './group-label';
import { REDO_ACTION, TARGET_ENTITY, UNDO_ACTION } from './history-groups';
import { historyTops } from './history-tops';
import { revertEvent } from './revert-event';

/** What one undo or redo did, for a toast: the action reverted and what it touched. */
export interface HistoryStep {
  /** False when there was nothing to undo or redo. */
  done: boolean;
  /** The reverted group's action (`segments.code`); when undo is blocked, the blocking action. */
  action: string | null;
  /** A code name, memo title or quote the group touched, or null. */
  label: string | null;
}

/** Reverts the newest change that is not undone yet, as one new event group. */
export function undo(ctx: Ctx): HistoryStep {
  return step(ctx, 'undo');
}

/** Re-applies the most recently undone change, if nothing new happened since. */
export function redo(ctx: Ctx): HistoryStep {
  return step(ctx, 'redo');
}

function step(ctx: Ctx, direction: 'undo' | 'redo'): HistoryStep {
  return inChange(ctx, (change) => {
    const tops = historyTops(ctx);
    const target = direction === 'undo' ? tops.undo : tops.redo;
    if (target === null) {
      return { done: false, action: direction === 'undo' ? tops.undoBlockedBy : null, label: null };
    }
    const events = listEvents(ctx, { groupId: target });
    const action = events.at(-1)?.action ?? null;
    const marker = direction === 'undo' ? UNDO_ACTION : REDO_ACTION;
    change.record({
      action: marker,
      entityType: TARGET_ENTITY,
      entityId: target,
      before: null,
      after: { action },
    });
    // Rows come back in reverse order; deferring foreign keys to commit keeps a code's
    // children, or a segment's codings, from being refused for arriving before their parent.
    ctx.db.$client.pragma('defer_foreign_keys = ON');
    const ordered = direction === 'undo' ? [...events].reverse() : events;
    for (const event of ordered) revertEvent(ctx, change, event, direction);
    return { done: true, action, label: groupLabel(events) };
  });
}
