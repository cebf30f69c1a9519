import type { MemoTarget, WorkspaceState } from '../../app/workspace-store';

export type MemoFilter = 'all' | MemoTarget['type'];

export const MEMO_FILTERS: MemoFilter[] = ['all', 'project', 'document', 'code', 'segment'];

/** The document, code and segment "this" refers to right now, or null where there is none. */
export interface CurrentTargets {
  document: string | null;
  code: string | null;
  segment: string | null;
}

export function currentTargets(
  state: Pick<WorkspaceState, 'activeDocument' | 'selectedSegmentId' | 'memoTarget'>,
): CurrentTargets {
  const asked = state.memoTarget;
  return {
    document: state.activeDocument?.id ?? (asked?.type === 'document' ? asked.id : null),
    code: asked?.type === 'code' ? asked.id : null,
    segment: state.selectedSegmentId ?? (asked?.type === 'segment' ? asked.id : null),
  };
}

/** What a filter asks memos.list for; undefined when the filter has nothing to refer to. */
export function filterTarget(filter: MemoFilter, current: CurrentTargets): MemoTarget | undefined {
  if (filter === 'all') return undefined;
  if (filter === 'project') return { type: 'project', id: null };
  const id = current[filter];
  return id === null ? undefined : { type: filter, id };
}

/** Whether a memo about `target` passes the filter. */
export function passesFilter(
  filter: MemoFilter,
  current: CurrentTargets,
  target: MemoTarget,
): boolean {
  if (filter === 'all') return true;
  const wanted = filterTarget(filter, current);
  return wanted !== undefined && wanted.type === target.type && wanted.id === target.id;
}
