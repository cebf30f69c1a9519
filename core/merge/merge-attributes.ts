import { and, eq, type SQL } from 'drizzle-orm';
import {
  caseDocuments,
  cases,
  caseValues,
  documents,
  documentValues,
  variables,
} from '../../db/schema';
import type { MergeRun } from './merge-run';

/** Carries variables and cases (matched by name), case membership and attribute values. */
export function mergeAttributes(run: MergeRun): void {
  mergeVariables(run);
  mergeCases(run);
  mergeCaseDocuments(run);
  mergeValues(run, 'document');
  mergeValues(run, 'case');
}

function mergeVariables(run: MergeRun): void {
  const ours = run.ctx.db.select().from(variables).all();
  const byName = new Map(ours.map((v) => [`${v.scope}|${v.name.toLowerCase()}`, v]));
  for (const theirs of run.source.select().from(variables).all()) {
    const match = byName.get(`${theirs.scope}|${theirs.name.toLowerCase()}`);
    if (match === undefined) {
      const row = { ...theirs, id: run.freeId(variables, 'id', theirs.id) };
      run.insert('variable', variables, row, row.id);
      byName.set(`${row.scope}|${row.name.toLowerCase()}`, row);
      run.maps.variable.set(theirs.id, row.id);
      continue;
    }
    run.maps.variable.set(theirs.id, match.id);
    if (match.type !== theirs.type) {
      run.conflict(
        {
          entity: 'variable',
          kind: 'variable_type',
          label: match.name,
          ours: { type: match.type },
          theirs: { type: theirs.type },
          choices: ['ours'],
        },
        theirs.id,
      );
    }
  }
}

function mergeCases(run: MergeRun): void {
  const ours = run.ctx.db.select().from(cases).all();
  const byName = new Map(ours.map((c) => [c.name.toLowerCase(), c]));
  for (const theirs of run.source.select().from(cases).all()) {
    const match = byName.get(theirs.name.toLowerCase());
    if (match === undefined) {
      const row = { ...theirs, id: run.freeId(cases, 'id', theirs.id) };
      run.insert('case', cases, row, row.id);
      byName.set(row.name.toLowerCase(), row);
      run.maps.case.set(theirs.id, row.id);
      continue;
    }
    run.maps.case.set(theirs.id, match.id);
    if (match.description === theirs.description) continue;
    const choice = run.conflict(
      {
        entity: 'case',
        kind: 'case',
        label: match.name,
        ours: { description: match.description },
        theirs: { description: theirs.description },
        choices: ['ours', 'theirs'],
      },
      theirs.id,
    );
    if (choice === 'theirs') {
      const after = { ...match, description: theirs.description };
      run.update('case', cases, eq(cases.id, match.id), match, after);
      byName.set(after.name.toLowerCase(), after);
    }
  }
}

function mergeCaseDocuments(run: MergeRun): void {
  const ours = new Set(
    run.ctx.db
      .select()
      .from(caseDocuments)
      .all()
      .map((r) => `${r.caseId}|${r.documentId}`),
  );
  for (const theirs of run.source.select().from(caseDocuments).all()) {
    const row = {
      caseId: run.maps.case.get(theirs.caseId) ?? theirs.caseId,
      documentId: run.maps.document.get(theirs.documentId) ?? theirs.documentId,
    };
    const key = `${row.caseId}|${row.documentId}`;
    if (ours.has(key)) continue;
    run.insert('case_document', caseDocuments, row, key);
    ours.add(key);
  }
}

/** Document or case values: a value set differently on both sides is a conflict. */
function mergeValues(run: MergeRun, scope: 'document' | 'case'): void {
  const table = scope === 'document' ? documentValues : caseValues;
  const entity = scope === 'document' ? 'document_value' : 'case_value';
  const ownerOf = (r: Record<string, unknown>) =>
    String(scope === 'document' ? r.documentId : r.caseId);
  const ownerProp = scope === 'document' ? 'documentId' : 'caseId';
  const ownerMap = scope === 'document' ? run.maps.document : run.maps.case;
  const ours = new Map(
    run.ctx.db
      .select()
      .from(table)
      .all()
      .map((r) => [`${ownerOf(r)}|${r.variableId}`, r as Record<string, unknown>]),
  );
  const names = ownerNames(run, scope);
  const varNames = new Map(
    run.ctx.db
      .select()
      .from(variables)
      .all()
      .map((v) => [v.id, v.name]),
  );
  for (const theirs of run.source.select().from(table).all()) {
    const owner = ownerMap.get(ownerOf(theirs)) ?? ownerOf(theirs);
    const variableId = run.maps.variable.get(theirs.variableId) ?? theirs.variableId;
    const row = { [ownerProp]: owner, variableId, value: theirs.value };
    const key = `${owner}|${variableId}`;
    const match = ours.get(key);
    if (match === undefined) {
      run.insert(entity, table, row, key);
      ours.set(key, row);
      continue;
    }
    if (match.value === theirs.value) continue;
    const choice = run.conflict(
      {
        entity,
        kind: 'value',
        label: `${names.get(owner) ?? owner} · ${varNames.get(variableId) ?? variableId}`,
        ours: { value: match.value },
        theirs: { value: theirs.value },
        choices: ['ours', 'theirs'],
      },
      `${ownerOf(theirs)}|${theirs.variableId}`,
    );
    if (choice === 'theirs') {
      const where =
        scope === 'document'
          ? and(eq(documentValues.documentId, owner), eq(documentValues.variableId, variableId))
          : and(eq(caseValues.caseId, owner), eq(caseValues.variableId, variableId));
      run.update(entity, table, where as SQL, match, row, key);
      ours.set(key, row);
    }
  }
}

function ownerNames(run: MergeRun, scope: 'document' | 'case'): Map<string, string> {
  if (scope === 'document') {
    const rows = run.ctx.db.select({ id: documents.id, name: documents.title }).from(documents);
    return new Map(rows.all().map((r) => [r.id, r.name]));
  }
  return new Map(
    run.ctx.db
      .select({ id: cases.id, name: cases.name })
      .from(cases)
      .all()
      .map((r) => [r.id, r.name]),
  );
}
