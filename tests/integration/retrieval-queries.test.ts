import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AttributeCondition,
  QueryNode,
  RetrievalFilters,
  RetrievalQuery,
} from '../../core/api/contracts/retrieval';
import { runRetrieval } from '../../core/analysis/retrieval/run-retrieval';
import type { Ctx } from '../../core/context';
import { createTestDb } from '../helpers/create-test-db';
import {
  buildRetrievalProject,
  type RetrievalProject,
} from '../unit/core/analysis/retrieval/build-retrieval-project';

interface NaiveSpan {
  documentId: string;
  start: number;
  end: number;
  segmentIds: string[];
  coderId: string | null;
}

/** Everything the naive evaluation needs, read with plain selects. */
interface World {
  segments: {
    id: string;
    documentId: string;
    start: number;
    end: number;
    coderId: string;
    codes: Set<string>;
  }[];
  parents: Map<string, string | null>;
  texts: Map<string, string>;
  caseOf: Map<string, string[]>;
  docValues: Map<string, Map<string, string>>;
  caseValues: Map<string, Map<string, string>>;
}

function loadWorld(ctx: Ctx): World {
  const c = ctx.db.$client;
  const codings = c.prepare('select segment_id as s, code_id as k from codings').all() as {
    s: string;
    k: string;
  }[];
  const segments = (
    c
      .prepare(
        'select id, document_id as documentId, start, "end", coder_id as coderId from segments',
      )
      .all() as {
      id: string;
      documentId: string;
      start: number;
      end: number;
      coderId: string;
    }[]
  ).map((s) => ({ ...s, codes: new Set(codings.filter((k) => k.s === s.id).map((k) => k.k)) }));
  const parents = new Map(
    (
      c.prepare('select id, parent_id as p from codes').all() as { id: string; p: string | null }[]
    ).map((r) => [r.id, r.p]),
  );
  const texts = new Map(
    (c.prepare('select id, text from documents').all() as { id: string; text: string }[]).map(
      (r) => [r.id, r.text],
    ),
  );
  const caseOf = new Map<string, string[]>();
  for (const r of c.prepare('select case_id as c, document_id as d from case_documents').all() as {
    c: string;
    d: string;
  }[]) {
    caseOf.set(r.d, [...(caseOf.get(r.d) ?? []), r.c]);
  }
  const values = (sql: string): Map<string, Map<string, string>> => {
    const out = new Map<string, Map<string, string>>();
    for (const r of c.prepare(sql).all() as { o: string; v: string; x: string }[]) {
      out.set(r.o, (out.get(r.o) ?? new Map<string, string>()).set(r.v, r.x));
    }
    return out;
  };
  return {
    segments,
    parents,
    texts,
    caseOf,
    docValues: values('select document_id as o, variable_id as v, value as x from document_values'),
    caseValues: values('select case_id as o, variable_id as v, value as x from case_values'),
  };
}

function isUnder(world: World, codeId: string, ancestor: string): boolean {
  for (let at: string | null | undefined = codeId; at != null; at = world.parents.get(at)) {
    if (at === ancestor) return true;
  }
  return false;
}

function naiveCondition(value: string, c: AttributeCondition, numeric: boolean): boolean {
  const cmp = (x: string, y: string): number =>
    numeric ? Number(x) - Number(y) : x.toLowerCase().localeCompare(y.toLowerCase());
  switch (c.op) {
    case 'eq':
      return cmp(value, c.value) === 0;
    case 'ne':
      return cmp(value, c.value) !== 0;
    case 'lt':
      return cmp(value, c.value) < 0;
    case 'gt':
      return cmp(value, c.value) > 0;
    case 'between':
      return cmp(value, c.value) >= 0 && cmp(value, c.value2 ?? '') <= 0;
    case 'contains':
      return value.toLowerCase().includes(c.value.toLowerCase());
  }
}

function naiveAllowed(
  world: World,
  p: RetrievalProject,
  documentId: string,
  f: RetrievalFilters,
): boolean {
  if (f.documentIds?.length && !f.documentIds.includes(documentId)) return false;
  const cases = world.caseOf.get(documentId) ?? [];
  if (f.caseIds?.length && !cases.some((c) => f.caseIds?.includes(c))) return false;
  for (const c of f.attributes ?? []) {
    if (c.variableId === p.yearId) {
      const v = world.docValues.get(documentId)?.get(p.yearId);
      if (v === undefined || !naiveCondition(v, c, true)) return false;
    } else {
      const ok = cases.some((k) => {
        const v = world.caseValues.get(k)?.get(c.variableId);
        return v !== undefined && naiveCondition(v, c, false);
      });
      if (!ok) return false;
    }
  }
  return true;
}

const overlap = (a: NaiveSpan, b: NaiveSpan): boolean =>
  a.documentId === b.documentId && a.start < b.end && b.start < a.end;
const coderOk = (same: boolean, a: NaiveSpan, b: NaiveSpan): boolean =>
  !same || (a.coderId !== null && a.coderId === b.coderId);
const paragraph = (text: string, offset: number): number =>
  text.slice(0, offset + 1).split('\n\n').length - 1;

function naive(world: World, p: RetrievalProject, query: RetrievalQuery): NaiveSpan[] {
  const f = query.filters;
  const evaluate = (n: QueryNode): NaiveSpan[] => {
    switch (n.op) {
      case 'code':
        return world.segments
          .filter((s) =>
            [...s.codes].some((k) =>
              n.includeSubcodes ? isUnder(world, k, n.codeId) : k === n.codeId,
            ),
          )
          .filter((s) => naiveAllowed(world, p, s.documentId, f))
          .filter((s) => !f.coderIds?.length || f.coderIds.includes(s.coderId))
          .map((s) => ({
            documentId: s.documentId,
            start: s.start,
            end: s.end,
            segmentIds: [s.id],
            coderId: s.coderId,
          }));
      case 'or':
        return n.operands.flatMap(evaluate);
      case 'and': {
        const a = evaluate(n.left);
        const b = evaluate(n.right);
        if (n.span === 'segment')
          return a.filter((x) => b.some((y) => overlap(x, y) && coderOk(n.sameCoder, x, y)));
        return a.flatMap((x) =>
          b
            .filter((y) => overlap(x, y) && coderOk(n.sameCoder, x, y))
            .map((y) => ({
              documentId: x.documentId,
              start: Math.max(x.start, y.start),
              end: Math.min(x.end, y.end),
              segmentIds: [...new Set([...x.segmentIds, ...y.segmentIds])],
              coderId: x.coderId === y.coderId ? x.coderId : null,
            })),
        );
      }
      case 'overlapping': {
        const a = evaluate(n.left);
        const b = evaluate(n.right);
        return [
          ...a.filter((x) => b.some((y) => overlap(x, y) && coderOk(n.sameCoder, x, y))),
          ...b.filter((y) => a.some((x) => overlap(x, y) && coderOk(n.sameCoder, x, y))),
        ];
      }
      case 'not': {
        const b = evaluate(n.right);
        return evaluate(n.left).filter(
          (x) => !b.some((y) => overlap(x, y) && coderOk(n.sameCoder, x, y)),
        );
      }
      case 'within': {
        const b = evaluate(n.right);
        return evaluate(n.left).filter((x) =>
          b.some((y) => {
            if (x.documentId !== y.documentId || !coderOk(n.sameCoder, x, y)) return false;
            if (n.unit === 'characters')
              return Math.max(0, y.start - x.end, x.start - y.end) <= n.distance;
            const t = world.texts.get(x.documentId) ?? '';
            const gap = Math.max(
              0,
              paragraph(t, y.start) - paragraph(t, x.end - 1),
              paragraph(t, x.start) - paragraph(t, y.end - 1),
            );
            return gap <= n.distance;
          }),
        );
      }
    }
  };
  return evaluate(query.root);
}

const keyOf = (s: {
  documentId: string;
  start: number;
  end: number;
  segmentIds: string[];
}): string => `${s.documentId}:${s.start}:${s.end}:${[...s.segmentIds].sort().join('+')}`;

describe('retrieval.run on a generated project', () => {
  let ctx: Ctx;
  let project: RetrievalProject;
  let world: World;
  beforeAll(() => {
    ctx = createTestDb();
    project = buildRetrievalProject(ctx, { documents: 30, segmentsPerDocument: 40, seed: 7 });
    world = loadWorld(ctx);
  });
  afterAll(() => {
    ctx.db.$client.close();
  });

  const codeNode = (): fc.Arbitrary<QueryNode> =>
    fc.record({
      op: fc.constant('code' as const),
      codeId: fc.constantFrom(...Object.values(project.codes)),
      includeSubcodes: fc.boolean(),
    });
  const queryNode = (): fc.Arbitrary<QueryNode> =>
    fc.letrec<{ node: QueryNode }>((tie) => ({
      node: fc.oneof(
        { maxDepth: 3, depthIdentifier: 'q' },
        codeNode(),
        fc.record({
          op: fc.constant('or' as const),
          operands: fc.array(tie('node'), { minLength: 1, maxLength: 3 }),
        }),
        fc.record({
          op: fc.constant('and' as const),
          left: tie('node'),
          right: tie('node'),
          span: fc.constantFrom('segment' as const, 'intersection' as const),
          sameCoder: fc.boolean(),
        }),
        fc.record({
          op: fc.constantFrom('overlapping' as const, 'not' as const),
          left: tie('node'),
          right: tie('node'),
          sameCoder: fc.boolean(),
        }),
        fc.record({
          op: fc.constant('within' as const),
          left: tie('node'),
          right: tie('node'),
          distance: fc.integer({ min: 0, max: 150 }),
          unit: fc.constantFrom('characters' as const, 'paragraphs' as const),
          sameCoder: fc.boolean(),
        }),
      ),
    })).node;
  const filters = (): fc.Arbitrary<RetrievalFilters> =>
    fc.record(
      {
        documentIds: fc.subarray(project.documentIds, { maxLength: 8 }),
        caseIds: fc.subarray(project.caseIds),
        coderIds: fc.subarray(project.coderIds),
        attributes: fc.array(
          fc.oneof(
            fc.record({
              variableId: fc.constant(project.yearId),
              op: fc.constantFrom('eq' as const, 'ne' as const, 'lt' as const, 'gt' as const),
              value: fc.integer({ min: 2000, max: 2006 }).map(String),
            }),
            fc.record({
              variableId: fc.constant(project.yearId),
              op: fc.constant('between' as const),
              value: fc.integer({ min: 2000, max: 2003 }).map(String),
              value2: fc.integer({ min: 2003, max: 2006 }).map(String),
            }),
            fc.record({
              variableId: fc.constant(project.regionId),
              op: fc.constantFrom('eq' as const, 'contains' as const),
              value: fc.constantFrom('Jawa Timur', 'jawa', 'Barat'),
            }),
          ),
          { maxLength: 2 },
        ),
      },
      { requiredKeys: [] },
    );

  it('returns exactly what a naive pairwise evaluation returns, for any query and filters', () => {
    fc.assert(
      fc.property(queryNode(), filters(), (root, f) => {
        const query: RetrievalQuery = { root, filters: f };
        const expected = [...new Set(naive(world, project, query).map(keyOf))].sort();
        const actual = runRetrieval(ctx, query)
          .rows.map((r) => r.key)
          .sort();
        expect(actual).toEqual(expected);
      }),
      { numRuns: 150, seed: 42 },
    );
  });

  it('finds a code with its sub-codes and leaves them out without', () => {
    const sub = runRetrieval(ctx, {
      root: { op: 'code', codeId: project.codes.a, includeSubcodes: true },
      filters: {},
    });
    const only = runRetrieval(ctx, {
      root: { op: 'code', codeId: project.codes.a, includeSubcodes: false },
      filters: {},
    });
    expect(only.rows.length).toBeGreaterThan(0);
    expect(sub.rows.length).toBeGreaterThan(only.rows.length);
    expect(sub.rows.some((r) => r.codePaths.includes('a/a1'))).toBe(true);
    expect(only.rows.every((r) => r.codeIds.includes(project.codes.a))).toBe(true);
  });

  it('gives each row its document, page-less citation, cases, coder and paragraph context', () => {
    const result = runRetrieval(ctx, {
      root: { op: 'code', codeId: project.codes.b, includeSubcodes: false },
      filters: { caseIds: [project.caseIds[0]] },
    });
    const row = result.rows[0]!;
    expect(row.caseNames).toEqual(['Surabaya']);
    expect(row.documentTitle).toMatch(/^Dokumen /u);
    expect(['tester', 'second']).toContain(row.coderNames[0]);
    const text = world.texts.get(row.documentId)!;
    expect(text.slice(row.start, row.end)).toBe(row.quote);
    expect(`${row.context.before}${row.quote}${row.context.after}`).toBe(
      text.slice(row.start - row.context.before.length, row.end + row.context.after.length),
    );
    expect(row.context.before.includes('\n\n')).toBe(false);
    expect(row.context.after.includes('\n\n')).toBe(false);
    expect(result.documentCount).toBe(new Set(result.rows.map((r) => r.documentId)).size);
  });
});
