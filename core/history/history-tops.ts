import type { Ctx } from '../context';
import { groupsNewestFirst } from './history-groups';

/** The group undo would revert and the group redo would re-apply, derived from the log. */
export interface HistoryTops {
  undo: string | null;
  /** When the newest change cannot be undone: its action (e.g. `documents.create`). */
  undoBlockedBy: string | null;
  redo: string | null;
}

/**
 * Replays the undo and redo stacks backwards from the newest event group. A group's fate is its
 * newest undo/redo marker; the redo stack ends at the newest user change, as a new change
 * clears it. Stops as soon as both answers are known, so it reads only the recent log.
 */
export function historyTops(ctx: Ctx): HistoryTops {
  const fate = new Map<string, 'undone' | 'redone'>();
  const tops: HistoryTops = { undo: null, undoBlockedBy: null, redo: null };
  let undoKnown = false;
  let redoKnown = false;
  for (const group of groupsNewestFirst(ctx)) {
    if (undoKnown && redoKnown) break;
    if (group.kind === 'system') continue;
    if (group.kind === 'undo' || group.kind === 'redo') {
      const target = group.target ?? '';
      if (fate.has(target)) continue;
      fate.set(target, group.kind === 'undo' ? 'undone' : 'redone');
      if (group.kind === 'redo' && !undoKnown) {
        tops.undo = target;
        undoKnown = true;
      }
      if (group.kind === 'undo' && !redoKnown) {
        tops.redo = target;
        redoKnown = true;
      }
      continue;
    }
    redoKnown = true;
    if (undoKnown || fate.get(group.groupId) === 'undone') continue;
    undoKnown = true;
    if (group.kind === 'barrier') tops.undoBlockedBy = group.action;
    else tops.undo = group.groupId;
  }
  return tops;
}
