import type { Ctx } from '../context';
import { ENTITY_TABLES } from './entity-tables';

/** Actions of the event groups that undo and redo record. */
export const UNDO_ACTION = 'history.undo';
export const REDO_ACTION = 'history.redo';
/** Entity type of the one event in an undo/redo group that names the group it reverts. */
export const TARGET_ENTITY = 'group';

/**
 * How a group counts for undo: a user `change`; a `barrier` that cannot be undone (importing or
 * deleting a document: events hold no document text) and hides everything older; an `undo` or
 * `redo` of `target`; or a `system` change made by Telaah itself (starter codebook, a coder
 * joining), which undo passes over.
 */
export interface GroupSummary {
  groupId: string;
  kind: 'change' | 'barrier' | 'undo' | 'redo' | 'system';
  /** The group's last event's action, e.g. `segments.code`. */
  action: string;
  /** For undo/redo: the group reverted or re-applied. */
  target: string | null;
}

interface EventLine {
  seq: number;
  groupId: string;
  action: string;
  entityType: string;
  entityId: string;
  coderId: string | null;
  partial: number;
}

const PAGE = 500;

/** Event groups from the newest back, read from the event log in pages. */
export function* groupsNewestFirst(ctx: Ctx): Generator<GroupSummary> {
  const page = ctx.db.$client.prepare(
    `select seq, group_id as groupId, action, entity_type as entityType, entity_id as entityId,
            coder_id as coderId, (before is null or after is null) as partial
       from events where seq < ? order by seq desc limit ${PAGE}`,
  );
  let current: EventLine[] = [];
  let beforeSeq = Number.MAX_SAFE_INTEGER;
  for (;;) {
    const lines = page.all(beforeSeq) as EventLine[];
    for (const line of lines) {
      if (current[0] !== undefined && current[0].groupId !== line.groupId) {
        yield summarize(current);
        current = [];
      }
      current.unshift(line);
    }
    const last = lines.at(-1);
    if (last === undefined || lines.length < PAGE) break;
    beforeSeq = last.seq;
  }
  if (current.length > 0) yield summarize(current);
}

/** Classifies one group from its events in log order. */
function summarize(lines: EventLine[]): GroupSummary {
  const first = lines[0];
  const last = lines.at(-1);
  if (first === undefined || last === undefined) throw new Error('empty event group');
  const base = { groupId: first.groupId, action: last.action, target: null };
  const marker = lines.find((l) => l.entityType === TARGET_ENTITY);
  if (marker !== undefined && (marker.action === UNDO_ACTION || marker.action === REDO_ACTION)) {
    return {
      ...base,
      kind: marker.action === UNDO_ACTION ? 'undo' : 'redo',
      target: marker.entityId,
    };
  }
  if (lines.every((l) => l.coderId === null || l.entityType === 'coder')) {
    return { ...base, kind: 'system' };
  }
  const blocked = lines.some((l) => {
    const entity = ENTITY_TABLES[l.entityType];
    return entity === undefined || (!entity.restorable && l.partial === 1);
  });
  return { ...base, kind: blocked ? 'barrier' : 'change' };
}
