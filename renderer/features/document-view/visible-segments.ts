import type { SegmentItem, WorkspaceState } from '../../app/workspace-store';

type FilterState = Pick<WorkspaceState, 'segments' | 'hiddenCoderIds' | 'blindMode' | 'project'>;

/** Whether codings by this coder show in the document view under the coder filter. */
export function isCoderShown(state: Omit<FilterState, 'segments'>, coderId: string): boolean {
  if (state.blindMode) return coderId === state.project?.coder.id;
  return !state.hiddenCoderIds.includes(coderId);
}

let memo: { key: unknown[]; value: SegmentItem[] } | null = null;

/**
 * The active document's segments whose coder is shown (blind mode: only the current coder's).
 * The same array while nothing it depends on changes, and `segments` itself when none is hidden,
 * so subscribers can compare by identity.
 */
export function visibleSegments(state: FilterState): SegmentItem[] {
  const key = [state.segments, state.hiddenCoderIds, state.blindMode, state.project?.coder.id];
  if (memo && memo.key.every((k, i) => k === key[i])) return memo.value;
  const all = state.segments;
  const shown = all.filter((s) => isCoderShown(state, s.coderId));
  const value = shown.length === all.length ? all : shown;
  memo = { key, value };
  return value;
}
