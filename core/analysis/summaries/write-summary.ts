import { eq } from 'drizzle-orm';
import { summaries, summarySegments } from '../../../db/schema';
import type { Ctx } from '../../context';
import { TelaahError } from '../../errors';
import { appendEvent } from '../../events/append-event';
import { inChange, type Change } from '../../events/in-change';
import type { PmNode } from '../../text/pm-node';
import { linkInChange } from './link-summary-segments';
import { summaryBurstGroup } from './summary-burst';
import {
  getSummary,
  requireSummary,
  type SummaryDetail,
  type SummaryRow,
  type SummaryScope,
} from './summary-row';

export interface CreateSummaryInput {
  scope: SummaryScope;
  codeId: string | null;
  documentId: string | null;
  caseId: string | null;
  title: string;
  /** The tiptap body; made from `bodyText` (a paragraph per line) when absent. */
  bodyJson?: PmNode | undefined;
  bodyText: string;
  fields: Record<string, string>;
  /** Excerpts to link at once. */
  segmentIds: string[];
}

/** Which targets each scope needs: code, document, case, or a code × case cell. */
const TARGETS: Record<SummaryScope, ('codeId' | 'documentId' | 'caseId')[]> = {
  code: ['codeId'],
  document: ['documentId'],
  case: ['caseId'],
  cell: ['codeId', 'caseId'],
};

/** Writes a summary of a code, a document, a case or a cell, linked to the given excerpts. */
export function createSummary(ctx: Ctx, input: CreateSummaryInput): SummaryDetail {
  const targets = checkTargets(ctx, input);
  const id = inChange(ctx, (change) => {
    const at = ctx.now();
    const row: SummaryRow = {
      id: ctx.newId(),
      scope: input.scope,
      ...targets,
      title: input.title.trim(),
      bodyJson: JSON.stringify(input.bodyJson ?? textToDoc(input.bodyText)),
      bodyText: input.bodyText,
      fields: JSON.stringify(cleanFields(input.fields)),
      authorId: ctx.coderId,
      createdAt: at,
      updatedAt: at,
    };
    ctx.db.insert(summaries).values(row).run();
    change.record({
      action: 'summaries.create',
      entityType: 'summary',
      entityId: row.id,
      before: null,
      after: row,
    });
    linkInChange(ctx, change, row.id, input.segmentIds);
    return row.id;
  });
  return getSummary(ctx, id);
}

export interface SummaryPatch {
  title?: string | undefined;
  bodyJson?: PmNode | undefined;
  bodyText?: string | undefined;
  fields?: Record<string, string> | undefined;
}

/**
 * Saves a summary's title, body or form answers. Summaries save as the user types: a save that
 * follows a save of the same summary by the same coder within two seconds joins its undo step,
 * and a save that changes nothing records nothing.
 */
export function updateSummary(ctx: Ctx, id: string, patch: SummaryPatch): SummaryDetail {
  const run = ctx.db.$client.transaction(() => {
    const before = requireSummary(ctx, id);
    const bodyJson =
      patch.bodyJson ?? (patch.bodyText === undefined ? undefined : textToDoc(patch.bodyText));
    const changed: SummaryRow = {
      ...before,
      title: patch.title === undefined ? before.title : patch.title.trim(),
      bodyJson: bodyJson === undefined ? before.bodyJson : JSON.stringify(bodyJson),
      bodyText: patch.bodyText ?? before.bodyText,
      fields:
        patch.fields === undefined ? before.fields : JSON.stringify(cleanFields(patch.fields)),
    };
    const same =
      changed.title === before.title &&
      changed.bodyJson === before.bodyJson &&
      changed.bodyText === before.bodyText &&
      changed.fields === before.fields;
    if (same) return;
    const after: SummaryRow = { ...changed, updatedAt: ctx.now() };
    ctx.db.update(summaries).set(after).where(eq(summaries.id, id)).run();
    const groupId = summaryBurstGroup(ctx, id, after.updatedAt) ?? ctx.newId();
    appendEvent(ctx, groupId, {
      action: 'summaries.update',
      entityType: 'summary',
      entityId: id,
      before,
      after,
    });
  });
  run();
  return getSummary(ctx, id);
}

/** Deletes a summary and its links; one undo brings both back. */
export function deleteSummary(ctx: Ctx, id: string): void {
  inChange(ctx, (change: Change) => {
    const before = requireSummary(ctx, id);
    const links = ctx.db
      .select()
      .from(summarySegments)
      .where(eq(summarySegments.summaryId, id))
      .all();
    for (const link of links) {
      change.record({
        action: 'summaries.unlink',
        entityType: 'summary_segment',
        entityId: `${link.summaryId}:${link.segmentId}`,
        before: link,
        after: null,
      });
    }
    ctx.db.delete(summaries).where(eq(summaries.id, id)).run();
    change.record({
      action: 'summaries.delete',
      entityType: 'summary',
      entityId: id,
      before,
      after: null,
    });
  });
}

/** The scope's targets, each checked to exist; targets the scope does not use are null. */
function checkTargets(
  ctx: Ctx,
  input: CreateSummaryInput,
): Pick<SummaryRow, 'codeId' | 'documentId' | 'caseId'> {
  const needed = TARGETS[input.scope];
  const tables = { codeId: 'codes', documentId: 'documents', caseId: 'cases' } as const;
  const what = { codeId: 'Code', documentId: 'Document', caseId: 'Case' } as const;
  const out = { codeId: null, documentId: null, caseId: null } as Record<
    'codeId' | 'documentId' | 'caseId',
    string | null
  >;
  for (const key of needed) {
    const value = input[key];
    if (value === null || value === '') {
      throw new TelaahError(
        'invalid_input',
        `Invalid input: a ${input.scope} summary needs ${key}.`,
        {
          detail: key,
        },
      );
    }
    const found = ctx.db.$client.prepare(`select 1 from ${tables[key]} where id = ?`).get(value);
    if (found === undefined) {
      throw new TelaahError('not_found', `${what[key]} not found: ${value}`, {
        what: what[key],
        name: value,
      });
    }
    out[key] = value;
  }
  return out;
}

/** Form answers without empty ones, so an untouched question stores nothing. */
function cleanFields(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v.trim() !== ''));
}

/** A tiptap document with a paragraph per line of text. */
export function textToDoc(text: string): PmNode {
  const lines = text.split(/\r?\n/u);
  return {
    type: 'doc',
    content: lines.map((line) =>
      line === ''
        ? { type: 'paragraph' }
        : { type: 'paragraph', content: [{ type: 'text', text: line }] },
    ),
  };
}
