import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { matrixEntries, matrixEntrySegments } from '../../../db/schema';
import { TelaahError } from '../../errors';
import { inChange } from '../../events/in-change';
import { requireDisplay } from './display-rows';

/** The symbols a researcher can put in a cell (presence, direction, strength, doubt). */
export const MATRIX_SYMBOLS = ['✓', '✗', '+', '++', '−', '−−', '±', '?'] as const;

/** A researcher-written cell of a matrix display. */
export interface MatrixEntry {
  id: string;
  rowKey: string;
  columnKey: string;
  text: string;
  rating: number | null;
  symbol: string | null;
  /** The excerpts the entry rests on. */
  segmentIds: string[];
  updatedAt: number;
}

type EntryRow = typeof matrixEntries.$inferSelect;

/** Every entry of a display, with its linked excerpts. */
export function loadEntries(ctx: Ctx, displayId: string): MatrixEntry[] {
  const db = ctx.db.$client;
  const links = new Map<string, string[]>();
  for (const [entryId, segmentId] of db
    .prepare(
      `select l.entry_id, l.segment_id from matrix_entry_segments l
         join matrix_entries e on e.id = l.entry_id where e.display_id = ?`,
    )
    .raw(true)
    .all(displayId) as [string, string][]) {
    links.set(entryId, [...(links.get(entryId) ?? []), segmentId]);
  }
  return (
    db
      .prepare(
        `select id, row_key as rowKey, column_key as columnKey, text, rating, symbol,
                updated_at as updatedAt
           from matrix_entries where display_id = ?`,
      )
      .all(displayId) as Omit<MatrixEntry, 'segmentIds'>[]
  ).map((entry) => ({ ...entry, segmentIds: links.get(entry.id) ?? [] }));
}

export interface SetEntryInput {
  displayId: string;
  rowKey: string;
  columnKey: string;
  text: string;
  rating: number | null;
  symbol: string | null;
  /** The excerpts the entry rests on; replaces the links it had. */
  segmentIds: string[];
}

/**
 * Writes a cell's entry, or clears it when text, rating, symbol and links are all empty. One
 * undoable change: the entry row and each link added or removed are recorded.
 */
export function setMatrixEntry(ctx: Ctx, input: SetEntryInput): MatrixEntry | null {
  if (input.symbol !== null && !(MATRIX_SYMBOLS as readonly string[]).includes(input.symbol)) {
    throw new TelaahError('invalid_input', `Invalid input: unknown symbol “${input.symbol}”.`, {
      detail: 'symbol',
    });
  }
  return inChange(ctx, (change) => {
    requireDisplay(ctx, input.displayId);
    const before = ctx.db
      .select()
      .from(matrixEntries)
      .where(
        and(
          eq(matrixEntries.displayId, input.displayId),
          eq(matrixEntries.rowKey, input.rowKey),
          eq(matrixEntries.columnKey, input.columnKey),
        ),
      )
      .get();
    const oldLinks = before === undefined ? [] : linkedSegments(ctx, before.id);
    const wanted = [...new Set(input.segmentIds)];
    const text = input.text.trim();
    const empty = text === '' && input.rating === null && input.symbol === null;
    const entryId = before?.id ?? ctx.newId();
    const removed = oldLinks.filter((id) => !wanted.includes(id));
    for (const segmentId of removed) {
      ctx.db
        .delete(matrixEntrySegments)
        .where(
          and(
            eq(matrixEntrySegments.entryId, entryId),
            eq(matrixEntrySegments.segmentId, segmentId),
          ),
        )
        .run();
      change.record({
        action: 'matrix.unlink',
        entityType: 'matrix_entry_segment',
        entityId: `${entryId}:${segmentId}`,
        before: { entryId, segmentId },
        after: null,
      });
    }
    if (empty && wanted.length === 0) {
      if (before !== undefined) {
        ctx.db.delete(matrixEntries).where(eq(matrixEntries.id, before.id)).run();
        change.record({
          action: 'matrix.clearEntry',
          entityType: 'matrix_entry',
          entityId: before.id,
          before,
          after: null,
        });
      }
      return null;
    }
    const after: EntryRow = {
      id: entryId,
      displayId: input.displayId,
      rowKey: input.rowKey,
      columnKey: input.columnKey,
      text,
      rating: input.rating,
      symbol: input.symbol,
      authorId: ctx.coderId,
      updatedAt: ctx.now(),
    };
    if (before === undefined) ctx.db.insert(matrixEntries).values(after).run();
    else ctx.db.update(matrixEntries).set(after).where(eq(matrixEntries.id, entryId)).run();
    change.record({
      action: 'matrix.setEntry',
      entityType: 'matrix_entry',
      entityId: entryId,
      before: before ?? null,
      after,
    });
    for (const segmentId of wanted.filter((id) => !oldLinks.includes(id))) {
      checkSegment(ctx, segmentId);
      const link = { entryId, segmentId };
      ctx.db.insert(matrixEntrySegments).values(link).run();
      change.record({
        action: 'matrix.link',
        entityType: 'matrix_entry_segment',
        entityId: `${entryId}:${segmentId}`,
        before: null,
        after: link,
      });
    }
    return {
      id: entryId,
      rowKey: after.rowKey,
      columnKey: after.columnKey,
      text,
      rating: after.rating,
      symbol: after.symbol,
      segmentIds: wanted,
      updatedAt: after.updatedAt,
    };
  });
}

function linkedSegments(ctx: Ctx, entryId: string): string[] {
  return ctx.db.$client
    .prepare('select segment_id from matrix_entry_segments where entry_id = ?')
    .pluck()
    .all(entryId) as string[];
}

function checkSegment(ctx: Ctx, segmentId: string): void {
  const found = ctx.db.$client.prepare('select 1 from segments where id = ?').get(segmentId);
  if (found === undefined) {
    throw new TelaahError('not_found', `Segment not found: ${segmentId}`, {
      what: 'Segment',
      name: segmentId,
    });
  }
}
