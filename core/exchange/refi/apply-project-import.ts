import { eq, sql } from 'drizzle-orm';
import {
  caseDocuments,
  cases,
  caseValues,
  coders,
  documentValues,
  memos,
  setMembers,
  sets,
  variables,
} from '../../../db/schema';
import { paletteColor } from '../../coding/code-palette';
import type { Ctx } from '../../context';
import { parseVariableValue } from '../../documents/parse-variable-value';
import { inChange, type Change } from '../../events/in-change';
import { applyCodebookInChange } from '../codebook/apply-codebook-import';
import { importSelections, type SegmentIds } from './import-selections';
import { findSameText, insertSourceDocument } from './insert-source-document';
import { offsetUnitFor, toLf } from './offset-unit';
import type { ProjectImportReport } from './project-import-report';
import type { RefiModel, RefiValue, RefiVariable } from './refi-model';
import { skipped as skip } from './skip-reason';
import { textToDocument } from './text-to-document';

type Scope = 'document' | 'case';
const ACTION = 'exchange.importProject';

/** Imports a read REFI-QDA project into the open project as one change (one undo step). */
export function applyProjectImport(ctx: Ctx, model: RefiModel): ProjectImportReport {
  return inChange(ctx, (change) => new ProjectImport(ctx, change, model).run());
}

class ProjectImport {
  private readonly report: ProjectImportReport;
  private readonly coderIds = new Map<string, string>();
  private readonly codeIds = new Map<string, string>();
  private readonly documentIds = new Map<string, string>();
  private readonly segmentIds: SegmentIds = new Map();
  private readonly variableIds = new Map<string, { id: string; type: RefiVariable['type'] }>();

  constructor(
    private readonly ctx: Ctx,
    private readonly change: Change,
    private readonly model: RefiModel,
  ) {
    const unit = offsetUnitFor(model.origin);
    this.report = {
      origin: model.origin,
      offsetUnit: unit.label,
      positions: { unit: unit.unit, crlf: unit.crlf },
      counts: {
        documents: 0,
        codesAdded: 0,
        codesMatched: 0,
        segments: 0,
        codings: 0,
        memos: 0,
        cases: 0,
        variables: 0,
        values: 0,
        sets: 0,
        coders: 0,
      },
      codebook: { added: [], changed: [], unchanged: [], conflicts: [] },
      offsetIssues: [],
      skipped: [...model.skipped],
    };
  }

  run(): ProjectImportReport {
    this.importUsers();
    this.importCodes();
    this.importSources();
    this.importNotes();
    this.importCases();
    this.importSets();
    return this.report;
  }

  private record(entityType: string, entityId: string, after: unknown): void {
    this.change.record({ action: ACTION, entityType, entityId, before: null, after });
  }

  /** `guid` when no row of `table` has it as id yet, else a fresh id. */
  private idFor(guid: string | null, taken: (id: string) => boolean): string {
    return guid !== null && !taken(guid) ? guid : this.ctx.newId();
  }

  private importUsers(): void {
    for (const user of this.model.users) {
      const byId = this.ctx.db.select().from(coders).where(eq(coders.id, user.guid)).get();
      const name = user.name || `Coder ${user.guid.slice(0, 8)}`;
      const byName = this.ctx.db.select().from(coders).where(eq(coders.name, name)).get();
      const existing = byId ?? byName;
      if (existing) {
        this.coderIds.set(user.guid, existing.id);
        continue;
      }
      const n =
        this.ctx.db
          .select({ n: sql<number>`count(*)` })
          .from(coders)
          .get()?.n ?? 0;
      const row = {
        id: user.guid,
        name,
        color: paletteColor(n + 3),
        role: 'coder' as const,
        createdAt: this.ctx.now(),
      };
      this.ctx.db.insert(coders).values(row).run();
      this.record('coder', row.id, row);
      this.coderIds.set(user.guid, row.id);
      this.report.counts.coders += 1;
    }
  }

  private coderId(guid: string | null, fallback: string): string {
    if (guid === null) return fallback;
    return this.coderIds.get(guid) ?? fallback;
  }

  private importCodes(): void {
    const { plan, idByPath } = applyCodebookInChange(this.ctx, this.change, this.model.codes);
    this.report.codebook = plan;
    this.report.counts.codesAdded = plan.added.length;
    this.report.counts.codesMatched = plan.changed.length + plan.unchanged.length;
    for (const code of this.model.codes) {
      const id = idByPath.get(code.path.map((p) => p.toLowerCase()).join('/'));
      if (code.guid !== null && id !== undefined) this.codeIds.set(code.guid, id);
    }
  }

  private importSources(): void {
    const unit = offsetUnitFor(this.model.origin);
    for (const source of this.model.sources) {
      if (source.raw === null) continue;
      const lf = toLf(source.raw);
      const built = textToDocument(lf);
      const same = findSameText(this.ctx, built.text);
      if (same) {
        this.report.skipped.push(
          skip('source', source.name, { code: 'duplicateText', title: same.title }),
        );
        continue;
      }
      const id = this.idFor(source.guid, (x) => this.exists('documents', x));
      insertSourceDocument(this.ctx, this.change, {
        id,
        title: source.name.replace(/\.(txt|pdf|docx?|rtf|html?|md)$/iu, '') || source.name,
        originalName: source.name,
        kind: source.kind,
        built,
      });
      if (source.guid !== null) this.documentIds.set(source.guid, id);
      this.report.counts.documents += 1;
      const counts = importSelections(
        this.ctx,
        this.change,
        {
          documentId: id,
          sourceName: source.name,
          raw: source.raw.replace(/^\uFEFF/u, ''),
          lf,
          built,
          unit,
          codeId: (guid) => this.codeIds.get(guid),
          coderId: (guid, fallback) => this.coderId(guid, fallback),
          idFor: (guid, taken) => this.idFor(guid, taken),
        },
        source.selections,
        this.report.offsetIssues,
        this.report.skipped,
        this.segmentIds,
      );
      this.report.counts.segments += counts.segments;
      this.report.counts.codings += counts.codings;
      this.setValues('document', id, source.values);
    }
  }

  private exists(
    table: 'documents' | 'memos' | 'sets' | 'cases' | 'variables',
    id: string,
  ): boolean {
    return this.ctx.db.$client.prepare(`select 1 from ${table} where id = ?`).get(id) !== undefined;
  }

  /** The note's target: the first of project, code, source, selection that refers to it. */
  private noteTarget(guid: string | null): {
    type: 'project' | 'document' | 'code' | 'segment';
    id: string | null;
  } {
    if (guid === null || this.model.projectNoteRefs.includes(guid))
      return { type: 'project', id: null };
    for (const [codeGuid, refs] of this.model.codeNoteRefs) {
      const id = this.codeIds.get(codeGuid);
      if (refs.includes(guid) && id) return { type: 'code', id };
    }
    for (const source of this.model.sources) {
      const id = source.guid === null ? undefined : this.documentIds.get(source.guid);
      if (id && source.noteRefs.includes(guid)) return { type: 'document', id };
      for (const sel of source.selections) {
        const segment = sel.guid === null ? undefined : this.segmentIds.get(sel.guid);
        if (segment && sel.noteRefs.includes(guid)) return { type: 'segment', id: segment };
      }
    }
    const viaCoding = this.segmentIds.get(`note:${guid}`);
    if (viaCoding) return { type: 'segment', id: viaCoding };
    return { type: 'project', id: null };
  }

  private importNotes(): void {
    for (const note of this.model.notes) {
      const target = this.noteTarget(note.guid);
      const at = this.ctx.now();
      const paragraphs = note.text.split(/\n{2,}/u).filter((p) => p.trim() !== '');
      const row = {
        id: this.idFor(note.guid, (x) => this.exists('memos', x)),
        title: note.name.trim(),
        bodyJson: JSON.stringify({
          type: 'doc',
          content:
            paragraphs.length === 0
              ? [{ type: 'paragraph' }]
              : paragraphs.map((p) => ({
                  type: 'paragraph',
                  content: [{ type: 'text', text: p }],
                })),
        }),
        bodyText: note.text,
        targetType: target.type,
        targetId: target.id,
        authorId: this.coderId(note.creatingUser, this.ctx.coderId),
        createdAt: at,
        updatedAt: at,
      };
      this.ctx.db.insert(memos).values(row).run();
      this.record('memo', row.id, row);
      this.report.counts.memos += 1;
    }
  }

  /** Our variable for a REFI variable in one scope: matched by name, or created. */
  private variable(guid: string, scope: Scope): { id: string; type: RefiVariable['type'] } | null {
    const key = `${scope}:${guid}`;
    const known = this.variableIds.get(key);
    if (known) return known;
    const refi = this.model.variables.find((v) => v.guid === guid);
    if (!refi) return null;
    const existing = this.ctx.db
      .select()
      .from(variables)
      .where(sql`${variables.scope} = ${scope} and ${variables.name} = ${refi.name} collate nocase`)
      .get();
    let found = existing ? { id: existing.id, type: existing.type } : null;
    if (!found) {
      const order =
        this.ctx.db
          .select({ n: sql<number>`coalesce(max(sort_order), -1) + 1` })
          .from(variables)
          .get()?.n ?? 0;
      const row = {
        id: this.idFor(guid, (x) => this.exists('variables', x)),
        name: refi.name,
        type: refi.type,
        scope,
        sortOrder: order,
      };
      this.ctx.db.insert(variables).values(row).run();
      this.record('variable', row.id, row);
      this.report.counts.variables += 1;
      found = { id: row.id, type: row.type };
    }
    this.variableIds.set(key, found);
    return found;
  }

  private setValues(scope: Scope, ownerId: string, values: readonly RefiValue[]): void {
    for (const v of values) {
      const variable = this.variable(v.variableGuid, scope);
      if (!variable) {
        this.report.skipped.push(skip('value', v.value, { code: 'variableMissing' }));
        continue;
      }
      let value: string;
      try {
        value = parseVariableValue(variable.type, v.value, v.variableGuid);
      } catch {
        this.report.skipped.push(
          skip('value', v.value, { code: 'invalidValue', type: variable.type }),
        );
        continue;
      }
      if (scope === 'document') {
        const row = { documentId: ownerId, variableId: variable.id, value };
        if (
          this.ctx.db.insert(documentValues).values(row).onConflictDoNothing().run().changes > 0
        ) {
          this.record('document_value', `${ownerId}:${variable.id}`, row);
          this.report.counts.values += 1;
        }
      } else {
        const row = { caseId: ownerId, variableId: variable.id, value };
        if (this.ctx.db.insert(caseValues).values(row).onConflictDoNothing().run().changes > 0) {
          this.record('case_value', `${ownerId}:${variable.id}`, row);
          this.report.counts.values += 1;
        }
      }
    }
  }

  private importCases(): void {
    for (const c of this.model.cases) {
      let row = this.ctx.db.select().from(cases).where(eq(cases.name, c.name)).get();
      if (!row) {
        row = {
          id: this.idFor(c.guid, (x) => this.exists('cases', x)),
          name: c.name,
          description: c.description,
        };
        this.ctx.db.insert(cases).values(row).run();
        this.record('case', row.id, row);
        this.report.counts.cases += 1;
      }
      for (const ref of c.sourceRefs) {
        const documentId = this.documentIds.get(ref);
        if (!documentId) continue;
        const link = { caseId: row.id, documentId };
        if (
          this.ctx.db.insert(caseDocuments).values(link).onConflictDoNothing().run().changes > 0
        ) {
          this.record('case_document', `${row.id}:${documentId}`, link);
        }
      }
      this.setValues('case', row.id, c.values);
    }
  }

  private importSets(): void {
    for (const s of this.model.sets) {
      const row = {
        id: this.idFor(s.guid, (x) => this.exists('sets', x)),
        name: s.name,
        description: s.description,
        createdAt: this.ctx.now(),
      };
      this.ctx.db.insert(sets).values(row).run();
      this.record('set', row.id, row);
      this.report.counts.sets += 1;
      const members = [
        ...s.codes.map((g) => ({ type: 'code' as const, guid: g, id: this.codeIds.get(g) })),
        ...s.sources.map((g) => ({
          type: 'document' as const,
          guid: g,
          id: this.documentIds.get(g),
        })),
      ];
      for (const m of members) {
        if (m.id === undefined) {
          this.report.skipped.push(
            skip('set_member', `${s.name}: ${m.guid}`, { code: 'memberMissing' }),
          );
          continue;
        }
        const member = { setId: row.id, memberType: m.type, memberId: m.id };
        if (this.ctx.db.insert(setMembers).values(member).onConflictDoNothing().run().changes > 0) {
          this.record('set_member', `${row.id}:${m.type}:${m.id}`, member);
        }
      }
    }
  }
}
