import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { displays, matrixEntries, matrixEntrySegments } from '../../../db/schema';
import { TelaahError } from '../../errors';
import { inChange } from '../../events/in-change';
import { matrixConfig, type MatrixConfig, type MatrixConfigInput } from './matrix-config';

export type DisplayRow = typeof displays.$inferSelect;

/** A saved display as lists show it. */
export interface DisplayListItem {
  id: string;
  kind: DisplayRow['kind'];
  name: string;
  template: string | null;
  authorName: string;
  updatedAt: number;
}

/** A saved matrix with its configuration parsed. */
export interface MatrixDisplay {
  id: string;
  name: string;
  template: string | null;
  config: MatrixConfig;
  updatedAt: number;
}

/** The display with this id, or not_found. */
export function requireDisplay(ctx: Ctx, id: string): DisplayRow {
  const row = ctx.db.select().from(displays).where(eq(displays.id, id)).get();
  if (row === undefined) {
    throw new TelaahError('not_found', `Display not found: ${id}`, { what: 'Display', name: id });
  }
  return row;
}

/** The matrix display with this id; not_found for a missing one or one of another kind. */
export function getMatrixDisplay(ctx: Ctx, id: string): MatrixDisplay {
  const row = requireDisplay(ctx, id);
  if (row.kind !== 'matrix') {
    throw new TelaahError('not_found', `Matrix not found: ${id}`, { what: 'Matrix', name: id });
  }
  const parsed = matrixConfig.safeParse(JSON.parse(row.config));
  if (!parsed.success) {
    throw new TelaahError(
      'invalid_input',
      `Invalid input: the saved matrix “${row.name}” is damaged.`,
      {
        detail: 'config',
      },
    );
  }
  return {
    id: row.id,
    name: row.name,
    template: row.template,
    config: parsed.data,
    updatedAt: row.updatedAt,
  };
}

/** Saved displays, newest first, optionally of one kind. */
export function listDisplays(ctx: Ctx, kind?: DisplayRow['kind']): DisplayListItem[] {
  return ctx.db.$client
    .prepare(
      `select d.id, d.kind, d.name, d.template, c.name as authorName, d.updated_at as updatedAt
         from displays d join coders c on c.id = d.author_id
        ${kind === undefined ? '' : 'where d.kind = ?'}
        order by d.updated_at desc, d.name`,
    )
    .all(...(kind === undefined ? [] : [kind])) as DisplayListItem[];
}

/** Saves a new matrix display. */
export function createMatrixDisplay(
  ctx: Ctx,
  input: { name: string; template: string | null; config: MatrixConfigInput },
): MatrixDisplay {
  const config = matrixConfig.parse(input.config);
  const name = checkName(input.name);
  return inChange(ctx, (change) => {
    const at = ctx.now();
    const row: DisplayRow = {
      id: ctx.newId(),
      kind: 'matrix',
      name,
      template: input.template,
      config: JSON.stringify(config),
      authorId: ctx.coderId,
      createdAt: at,
      updatedAt: at,
    };
    ctx.db.insert(displays).values(row).run();
    change.record({
      action: 'displays.create',
      entityType: 'display',
      entityId: row.id,
      before: null,
      after: row,
    });
    return { id: row.id, name, template: row.template, config, updatedAt: at };
  });
}

/** Renames a matrix or changes its configuration; entries stay with their row and column keys. */
export function updateMatrixDisplay(
  ctx: Ctx,
  id: string,
  patch: { name?: string | undefined; config?: MatrixConfigInput | undefined },
): MatrixDisplay {
  getMatrixDisplay(ctx, id);
  const config = patch.config === undefined ? undefined : matrixConfig.parse(patch.config);
  const name = patch.name === undefined ? undefined : checkName(patch.name);
  inChange(ctx, (change) => {
    const before = requireDisplay(ctx, id);
    const after: DisplayRow = {
      ...before,
      name: name ?? before.name,
      config: config === undefined ? before.config : JSON.stringify(config),
      updatedAt: ctx.now(),
    };
    ctx.db.update(displays).set(after).where(eq(displays.id, id)).run();
    change.record({
      action: 'displays.update',
      entityType: 'display',
      entityId: id,
      before,
      after,
    });
  });
  return getMatrixDisplay(ctx, id);
}

/** Deletes a display with its entries; one undo brings all of them back. */
export function deleteDisplay(ctx: Ctx, id: string): void {
  inChange(ctx, (change) => {
    const before = requireDisplay(ctx, id);
    const entries = ctx.db
      .select()
      .from(matrixEntries)
      .where(eq(matrixEntries.displayId, id))
      .all();
    for (const entry of entries) {
      const links = ctx.db
        .select()
        .from(matrixEntrySegments)
        .where(eq(matrixEntrySegments.entryId, entry.id))
        .all();
      for (const link of links) {
        change.record({
          action: 'matrix.unlink',
          entityType: 'matrix_entry_segment',
          entityId: `${link.entryId}:${link.segmentId}`,
          before: link,
          after: null,
        });
      }
      change.record({
        action: 'matrix.clearEntry',
        entityType: 'matrix_entry',
        entityId: entry.id,
        before: entry,
        after: null,
      });
    }
    ctx.db.delete(displays).where(eq(displays.id, id)).run();
    change.record({
      action: 'displays.delete',
      entityType: 'display',
      entityId: id,
      before,
      after: null,
    });
  });
}

function checkName(raw: string): string {
  const name = raw.trim();
  if (name === '') {
    throw new TelaahError('invalid_input', 'Invalid input: a display needs a name.', {
      detail: 'name',
    });
  }
  return name;
}
