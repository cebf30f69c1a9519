import { describe, expect, it } from 'vitest';
import {
  cooccurrence,
  type CooccurrenceTable,
} from '../../../../../core/analysis/network/cooccurrence';
import { cooccurrenceExcerpts } from '../../../../../core/analysis/network/cooccurrence-excerpts';
import type {
  CooccurrenceOptions,
  Proximity,
} from '../../../../../core/analysis/network/cooccurrence-options';
import { loadCodingColumns } from '../../../../../core/analysis/network/load-coding-columns';
import type { Ctx } from '../../../../../core/context';
import { randomCodedProject, type RandomCodedProject } from './random-coded-project';

interface Coding {
  codeId: string;
  coderId: string;
  documentId: string;
  start: number;
  end: number;
}

/** The block (paragraph) number of every offset: blocks are the text split on blank lines. */
function blockNumbers(text: string): number[] {
  const numbers: number[] = [];
  text.split('\n\n').forEach((block, b) => {
    // A block owns its text and the blank line after it.
    for (let i = 0; i < block.length + 2 && numbers.length < text.length; i++) numbers.push(b);
  });
  return numbers;
}

/** Whether two codings co-occur, written from the definition rather than as a sweep. */
function meets(a: Coding, b: Coding, proximity: Proximity, blocks: number[]): boolean {
  if (proximity.mode === 'overlap') return a.start < b.end && b.start < a.end;
  if (proximity.mode === 'near') {
    const gap = Math.max(a.start, b.start) - Math.min(a.end, b.end);
    return gap <= proximity.chars;
  }
  const first = (c: Coding) => blocks[c.start]!;
  const last = (c: Coding) => blocks[Math.max(c.start, c.end - 1)]!;
  return first(a) <= last(b) && first(b) <= last(a);
}

/** Every pair of codings compared with every other, per document: slow and plain. */
function referenceTable(ctx: Ctx, options: CooccurrenceOptions) {
  const sqlite = ctx.db.$client;
  const all = sqlite
    .prepare(
      `select c.code_id as codeId, c.coder_id as coderId, s.document_id as documentId,
              s.start, s."end" from codings c join segments s on s.id = c.segment_id`,
    )
    .all() as Coding[];
  const texts = new Map(
    (sqlite.prepare('select id, text from documents').all() as { id: string; text: string }[]).map(
      (d) => [d.id, d.text],
    ),
  );
  const caseDocuments = sqlite.prepare('select case_id, document_id from case_documents').all() as {
    case_id: string;
    document_id: string;
  }[];
  const given = (ids: string[] | undefined) => (ids !== undefined && ids.length > 0 ? ids : null);
  const codes = given(options.codeIds);
  const docs = given(options.documentIds);
  const coders = given(options.coderIds);
  const cases = given(options.caseIds);
  const allCodeIds = (sqlite.prepare('select id from codes').pluck().all() as string[]).filter(
    (id) => codes === null || codes.includes(id),
  );
  const codings = all.filter(
    (c) =>
      allCodeIds.includes(c.codeId) &&
      (docs === null || docs.includes(c.documentId)) &&
      (coders === null || coders.includes(c.coderId)) &&
      (cases === null ||
        caseDocuments.some((cd) => cases.includes(cd.case_id) && cd.document_id === c.documentId)),
  );
  const perCode = new Map(
    allCodeIds.map((id) => {
      const own = codings.filter((c) => c.codeId === id);
      return [id, { codings: own.length, documents: new Set(own.map((c) => c.documentId)).size }];
    }),
  );
  const pairs = new Map<string, { count: number; documents: Set<string> }>();
  const proximity = options.proximity ?? { mode: 'overlap' };
  codings.forEach((a, i) => {
    const blocks = blockNumbers(texts.get(a.documentId)!);
    codings.slice(i + 1).forEach((b) => {
      if (b.documentId !== a.documentId || b.codeId === a.codeId) return;
      if (!meets(a, b, proximity, blocks)) return;
      const key = [a.codeId, b.codeId].sort().join(' ');
      const pair = pairs.get(key) ?? { count: 0, documents: new Set<string>() };
      pair.count += 1;
      pair.documents.add(a.documentId);
      pairs.set(key, pair);
    });
  });
  return {
    codes: [...perCode].sort(),
    pairs: [...pairs]
      .map(([key, p]) => {
        const [x, y] = key.split(' ') as [string, string];
        const n1 = perCode.get(x)!.codings;
        const n2 = perCode.get(y)!.codings;
        // Overlapping codings of one code can make n12 exceed n1 + n2 − n12: c is capped at 1.
        const denominator = n1 + n2 - p.count;
        const c = denominator > 0 ? Math.min(1, p.count / denominator) : 1;
        return { key, count: p.count, documents: p.documents.size, c };
      })
      .sort((p, q) => p.key.localeCompare(q.key)),
  };
}

/** The table in the reference's shape, checking that pairs follow the table's code order. */
function comparable(table: CooccurrenceTable) {
  const order = new Map(table.codes.map((c, i) => [c.id, i]));
  for (const p of table.pairs) expect(order.get(p.codeA)!).toBeLessThan(order.get(p.codeB)!);
  return {
    codes: table.codes.map((c) => [c.id, { codings: c.codings, documents: c.documents }]).sort(),
    pairs: table.pairs
      .map((p) => ({
        key: [p.codeA, p.codeB].sort().join(' '),
        count: p.count,
        documents: p.documents,
        c: p.c,
      }))
      .sort((p, q) => p.key.localeCompare(q.key)),
  };
}

const PROXIMITIES: Proximity[] = [
  { mode: 'overlap' },
  { mode: 'near', chars: 0 },
  { mode: 'near', chars: 1 },
  { mode: 'near', chars: 30 },
  { mode: 'near', chars: 100_000 },
  { mode: 'paragraph' },
];

function filters(project: RandomCodedProject): [string, CooccurrenceOptions][] {
  const { codeIds, documentIds, caseIds, coderIds } = project;
  return [
    ['no filter', {}],
    ['some codes', { codeIds: [codeIds[1]!, codeIds[4]!, codeIds[6]!, 'no-such-code'] }],
    ['some documents', { documentIds: [documentIds[0]!, documentIds[3]!, documentIds[5]!] }],
    ['one case', { caseIds: [caseIds[1]!] }],
    ['one coder', { coderIds: [coderIds[1]!] }],
    [
      'codes, cases and a coder together',
      {
        codeIds: codeIds.slice(0, 5),
        caseIds: [caseIds[0]!, caseIds[2]!],
        coderIds: [coderIds[0]!],
      },
    ],
  ];
}

describe('cooccurrence against a plain reference', () => {
  for (const seed of [7, 1234]) {
    const project = randomCodedProject(seed);
    for (const proximity of PROXIMITIES) {
      for (const [name, filter] of filters(project)) {
        it(`matches the reference when ${proximity.mode} ${'chars' in proximity ? proximity.chars : ''} with ${name} (seed ${seed})`, () => {
          const options = { ...filter, proximity };
          const table = comparable(cooccurrence(project.ctx, options));
          const reference = referenceTable(project.ctx, options);
          expect(table.codes).toEqual(reference.codes);
          expect(table.pairs.map(({ c, ...rest }) => ({ ...rest, c: c.toFixed(12) }))).toEqual(
            reference.pairs.map(({ c, ...rest }) => ({ ...rest, c: c.toFixed(12) })),
          );
        });
      }
    }
  }

  it('finds co-occurrences in the random project at all, so the comparisons mean something', () => {
    const { ctx } = randomCodedProject(7);
    for (const proximity of PROXIMITIES) {
      const pairs = cooccurrence(ctx, { proximity }).pairs;
      expect(pairs.length).toBeGreaterThan(5);
      expect(pairs.some((p) => p.count > 1 && p.documents > 1)).toBe(true);
    }
  });

  it('matches the reference when ids hold the separators of the fast path', () => {
    const project = randomCodedProject(99, 'id\u001e\u001f,;');
    for (const proximity of PROXIMITIES) {
      for (const [, filter] of filters(project)) {
        const options = { ...filter, proximity };
        expect(comparable(cooccurrence(project.ctx, options))).toEqual(
          referenceTable(project.ctx, options),
        );
      }
    }
  }, 60_000);
});

describe('cooccurrenceExcerpts', () => {
  it('lists as many excerpt pairs as the table counts for every cell and proximity', () => {
    const project = randomCodedProject(42);
    for (const proximity of PROXIMITIES) {
      for (const [, filter] of filters(project).slice(0, 2)) {
        const options = { ...filter, proximity };
        for (const pair of cooccurrence(project.ctx, options).pairs) {
          const excerpts = cooccurrenceExcerpts(project.ctx, pair.codeA, pair.codeB, options);
          expect(excerpts).toHaveLength(pair.count);
          expect(new Set(excerpts.map((e) => e.documentId)).size).toBe(pair.documents);
          for (const e of excerpts) {
            expect([e.a.codeId, e.b.codeId]).toEqual([pair.codeA, pair.codeB]);
          }
        }
      }
    }
  }, 60_000);
});

describe('loadCodingColumns', () => {
  it('reads the same codings whatever the chunk of segments or documents per statement', () => {
    const { ctx, codeIds, documentIds } = randomCodedProject(5);
    const index = new Map(codeIds.map((id, i) => [id, i]));
    const small = { segments: 7, documents: 2 };
    const whole = loadCodingColumns(ctx, {}, index);
    expect(whole.length).toBe(ctx.db.$client.prepare('select count(*) from codings').pluck().get());
    expect(loadCodingColumns(ctx, {}, index, small)).toEqual(whole);
    const some = { documentIds: documentIds.slice(1) };
    const chosen = loadCodingColumns(ctx, some, index);
    expect(chosen.documentIds.length).toBeGreaterThan(2);
    expect(chosen.documentIds).not.toContain(documentIds[0]);
    expect(loadCodingColumns(ctx, some, index, small)).toEqual(chosen);
  });
  it('groups codings by document and orders them by start within each', () => {
    const { ctx, codeIds } = randomCodedProject(6);
    const columns = loadCodingColumns(ctx, {}, new Map(codeIds.map((id, i) => [id, i])));
    let from = 0;
    columns.documentIds.forEach((_, d) => {
      const to = columns.documentEnd[d]!;
      for (let i = from + 1; i < to; i++) {
        expect(columns.start[i]!).toBeGreaterThanOrEqual(columns.start[i - 1]!);
      }
      from = to;
    });
    expect(from).toBe(columns.length);
    expect(new Set(columns.documentIds).size).toBe(columns.documentIds.length);
  });
});
