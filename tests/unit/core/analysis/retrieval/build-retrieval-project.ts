import type { Ctx } from '../../../../../core/context';
import { ensureCoder } from '../../../../../core/coding/coders';
import { createCode } from '../../../../../core/coding/create-code';
import { addDocumentToCase, createCase, setCaseValue } from '../../../../../core/documents/cases';
import { addDocument } from '../../../../../core/documents/add-document';
import { defineVariable, setDocumentValue } from '../../../../../core/documents/variables';
import { aCode, aDocument, aDocumentInput } from '../../../../helpers/builders';

/** A generated project for retrieval tests: what was made, by id. */
export interface RetrievalProject {
  documentIds: string[];
  /** Codes: a, a/a1, a/a2, b, c, d. */
  codes: Record<'a' | 'a1' | 'a2' | 'b' | 'c' | 'd', string>;
  coderIds: [string, string];
  caseIds: [string, string];
  /** Document variable "year" (number) and case variable "region" (text). */
  yearId: string;
  regionId: string;
}

/** A small seeded random generator (mulberry32), so every run builds the same project. */
export function seeded(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Documents of short paragraphs with segments written straight into the tables (overlapping,
 * nested, adjacent, by two coders), one or two codes per segment, cases and typed attributes.
 */
export function buildRetrievalProject(
  ctx: Ctx,
  options: { documents: number; segmentsPerDocument: number; seed: number },
): RetrievalProject {
  const random = seeded(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const a = createCode(ctx, aCode('a')).id;
  const codes = {
    a,
    a1: createCode(ctx, aCode('a1', { parentId: a })).id,
    a2: createCode(ctx, aCode('a2', { parentId: a })).id,
    b: createCode(ctx, aCode('b')).id,
    c: createCode(ctx, aCode('c')).id,
    d: createCode(ctx, aCode('d')).id,
  };
  const second = ensureCoder(ctx.db, ctx, 'second').id;
  const coderIds: [string, string] = [ctx.coderId, second];
  const caseIds: [string, string] = [
    createCase(ctx, { name: 'Surabaya' }).id,
    createCase(ctx, { name: 'Bandung' }).id,
  ];
  const yearId = defineVariable(ctx, { name: 'year', type: 'number', scope: 'document' }).id;
  const regionId = defineVariable(ctx, { name: 'region', type: 'text', scope: 'case' }).id;
  setCaseValue(ctx, caseIds[0], regionId, 'Jawa Timur');
  setCaseValue(ctx, caseIds[1], regionId, 'Jawa Barat');
  const documentIds: string[] = [];
  const client = ctx.db.$client;
  const insertSegment = client.prepare(
    `insert into segments (id, document_id, start, "end", quote, prefix, suffix, coder_id,
                           created_at, updated_at)
     values (?, ?, ?, ?, ?, '', '', ?, 0, 0)`,
  );
  const insertCoding = client.prepare(
    `insert into codings (id, segment_id, code_id, document_id, coder_id, created_at)
     values (?, ?, ?, ?, ?, 0)`,
  );
  const readText = client.prepare('select text from documents where id = ?').pluck();
  const codeIds = Object.values(codes);
  for (let d = 0; d < options.documents; d++) {
    const paragraphs = Array.from(
      { length: 8 },
      (_, p) => `Paragraf ${p} dokumen ${d}: kerja sama kota kembar dan warga kota.`,
    );
    const title = `Dokumen ${String(d).padStart(4, '0')}`;
    const doc = addDocument(ctx, aDocumentInput(aDocument(paragraphs, { title })));
    documentIds.push(doc.id);
    if (d % 3 !== 2) addDocumentToCase(ctx, caseIds[d % 3 === 0 ? 0 : 1], doc.id);
    setDocumentValue(ctx, doc.id, yearId, String(2000 + (d % 7)));
    const text = readText.get(doc.id) as string;
    client.transaction(() => {
      for (let s = 0; s < options.segmentsPerDocument; s++) {
        const start = Math.floor(random() * (text.length - 1));
        const end = Math.min(text.length, start + 1 + Math.floor(random() * 120));
        const segmentId = ctx.newId();
        const coder = pick(coderIds);
        insertSegment.run(segmentId, doc.id, start, end, text.slice(start, end), coder);
        const chosen = new Set([pick(codeIds)]);
        if (random() < 0.3) chosen.add(pick(codeIds));
        for (const codeId of chosen) {
          insertCoding.run(ctx.newId(), segmentId, codeId, doc.id, coder);
        }
      }
    })();
  }
  return { documentIds, codes, coderIds, caseIds, yearId, regionId };
}
