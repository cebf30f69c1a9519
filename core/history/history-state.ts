import type { Ctx } from '../context';
import { listEvents } from '../events/list-events';
import { historyTops } from './history-tops';

/** What the Undo and Redo buttons show. */
export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  /** The action undo would revert (`segments.code`), or null. */
  undoAction: string | null;
  redoAction: string | null;
  /** When the newest change cannot be undone (importing or deleting a document): its action. */
  undoBlockedBy: string | null;
}

/** Whether undo and redo are possible now, and what they would revert, from the event log. */
export function historyState(ctx: Ctx): HistoryState {
  const tops = historyTops(ctx);
  const actionOf = (groupId: string | null): string | null =>
    groupId === null ? null : (listEvents(ctx, { groupId }).at(-1)?.action ?? null);
  return {
    canUndo: tops.undo !== null,
    canRedo: tops.redo !== null,
    undoAction: actionOf(tops.undo),
    redoAction: actionOf(tops.redo),
    undoBlockedBy: tops.undoBlockedBy,
  };
}
