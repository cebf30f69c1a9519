import { codeRange } from '../../../../../core/coding/code-range';
import { ensureCoder } from '../../../../../core/coding/coders';
import { createCode } from '../../../../../core/coding/create-code';
import type { Ctx } from '../../../../../core/context';
import { addDocument } from '../../../../../core/documents/add-document';
import { seededRandom } from '../../../../../core/analysis/network/seeded-random';
import { aCode, aDocument, aDocumentInput } from '../../../../helpers/builders';
import { createTestDb } from '../../../../helpers/create-test-db';

const WORDS = [
  'warga',
  'kota',
  'adat',
  'pasar',
  'sungai',
  'desa',
  'musyawarah',
  'ladang',
  'rantau',
];

export interface RandomCodedProject {
  ctx: Ctx;
  codeIds: string[];
  documentIds: string[];
  caseIds: string[];
  coderIds: string[];
}

/**
 * A project built through the real services from a seed: documents of several paragraphs,
 * eight codes, two coders, three cases, and codings that overlap, nest, share segments and span
 * paragraph breaks. `idPrefix` goes in front of every id, to try ids holding odd characters.
 */
export function randomCodedProject(seed: number, idPrefix = ''): RandomCodedProject {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const base = createTestDb();
  const ctx: Ctx = { ...base, newId: () => `${idPrefix}${base.newId()}` };
  const dewi = ensureCoder(ctx.db, ctx, 'Dewi');
  const coders = [ctx, { ...ctx, coderId: dewi.id }];
  const codeIds = Array.from({ length: 8 }, (_, i) => createCode(ctx, aCode(`kode ${i}`)).id);
  const texts = new Map<string, string>();
  const documentIds = Array.from({ length: 6 }, (_, d) => {
    const blocks = Array.from({ length: 2 + Math.floor(rand() * 5) }, () =>
      Array.from({ length: 3 + Math.floor(rand() * 60) }, () => pick(WORDS)).join(' '),
    );
    const doc = addDocument(ctx, aDocumentInput(aDocument(blocks, { title: `Dokumen ${d}` })));
    texts.set(doc.id, blocks.join('\n\n'));
    return doc.id;
  });
  const caseIds = ['a', 'b', 'c'].map((name) => {
    const id = ctx.newId();
    ctx.db.$client.prepare('insert into cases (id, name) values (?, ?)').run(id, `kasus ${name}`);
    for (const documentId of documentIds) {
      if (rand() < 0.4) {
        ctx.db.$client
          .prepare('insert into case_documents (case_id, document_id) values (?, ?)')
          .run(id, documentId);
      }
    }
    return id;
  });
  let last: { documentId: string; start: number; end: number } | null = null;
  for (let k = 0; k < 160; k++) {
    const codes = [
      ...new Set(Array.from({ length: 1 + Math.floor(rand() * 2) }, () => pick(codeIds))),
    ];
    const coder = pick(coders);
    if (last !== null && rand() < 0.15) {
      codeRange(coder, { ...last, codeIds: codes });
      continue;
    }
    const documentId = pick(documentIds);
    const text = texts.get(documentId)!;
    const wordStarts = [...text.matchAll(/\S+/g)].map((m) => m.index);
    const start = pick(wordStarts);
    const span = rand() < 0.08 ? 150 + Math.floor(rand() * 300) : 1 + Math.floor(rand() * 50);
    const end = Math.min(text.length, start + span);
    last = { documentId, start, end };
    codeRange(coder, { ...last, codeIds: codes });
  }
  return { ctx, codeIds, documentIds, caseIds, coderIds: coders.map((c) => c.coderId) };
}
