import { coders } from '../../db/schema';
import type { MergeRun } from './merge-run';

/** Matches coders by name (case-insensitive; ids may differ) and adds the ones we lack. */
export function mergeCoders(run: MergeRun): void {
  const ours = run.ctx.db.select().from(coders).all();
  const byName = new Map(ours.map((c) => [c.name.trim().toLowerCase(), c]));
  for (const theirs of run.source.select().from(coders).all()) {
    const match = byName.get(theirs.name.trim().toLowerCase());
    if (match !== undefined) {
      run.maps.coder.set(theirs.id, match.id);
      continue;
    }
    const row = { ...theirs, id: run.freeId(coders, 'id', theirs.id) };
    run.insert('coder', coders, row, row.id);
    byName.set(row.name.trim().toLowerCase(), row);
    run.maps.coder.set(theirs.id, row.id);
  }
}
