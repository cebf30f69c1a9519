import { createHash } from 'node:crypto';
import type { Db } from '../../db/open-database';
import { ensureCoder } from '../coding/coders';
import { codeRange } from '../coding/code-range';
import { listCodes } from '../coding/list-codes';
import type { Ctx } from '../context';
import { addDocument, type DocumentSummary } from '../documents/add-document';
import { addDocumentToCase, createCase } from '../documents/cases';
import { defineVariable, setDocumentValue } from '../documents/variables';
import { importSource } from '../import/import-source';
import { createMemo } from '../memos/create-memo';
import { SAMPLE_CODINGS } from './sample-codings';
import { SAMPLE_MEMO } from './sample-memo';
import { SAMPLE_PAPERS, type SamplePaper } from './sample-papers';

/** The second coder of the sample, so agreement views have two people to compare. */
export const SAMPLE_SECOND_CODERS = ['Dewi', 'Joko'] as const;

/**
 * Fills a new project (with the starter codebook) with the sample: three papers imported through
 * the real importers, their attributes and cases, codings by `coderName` and a second coder, and
 * one project memo. Deterministic given the clock and id maker.
 */
export async function fillSampleProject(
  db: Db,
  deps: { now: () => number; newId: () => string },
  coderName: string,
): Promise<void> {
  const me = ensureCoder(db, deps, coderName);
  const otherName = SAMPLE_SECOND_CODERS.find((n) => n !== me.name) ?? 'Joko';
  const other = ensureCoder(db, deps, otherName);
  const ctxs: [Ctx, Ctx] = [
    { db, ...deps, coderId: me.id },
    { db, ...deps, coderId: other.id },
  ];
  const docs: DocumentSummary[] = [];
  for (const paper of SAMPLE_PAPERS) docs.push(await importPaper(ctxs[0], paper));
  addAttributes(ctxs[0], docs);
  const codeIds = new Map(listCodes(ctxs[0]).map((c) => [c.name, c.id]));
  for (const coding of SAMPLE_CODINGS) {
    const doc = docs[coding.paper];
    if (doc === undefined) continue;
    const text = (
      db.$client.prepare('select text from documents where id = ?').get(doc.id) as {
        text: string;
      }
    ).text;
    const start = text.indexOf(coding.quote);
    if (start < 0) throw new Error(`sample quote not found: ${coding.quote}`);
    codeRange(ctxs[coding.coder], {
      documentId: doc.id,
      start,
      end: start + coding.quote.length,
      codeIds: coding.codes.flatMap((name) => codeIds.get(name) ?? []),
    });
  }
  createMemo(ctxs[0], SAMPLE_MEMO);
}

async function importPaper(ctx: Ctx, paper: SamplePaper): Promise<DocumentSummary> {
  const bytes = new TextEncoder().encode(paper.source);
  const imported = await importSource({ name: paper.fileName, bytes });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return addDocument(ctx, { imported, originalName: paper.fileName, sha256 });
}

function addAttributes(ctx: Ctx, docs: DocumentSummary[]): void {
  const sourceType = defineVariable(ctx, { name: 'source type', type: 'text', scope: 'document' });
  const year = defineVariable(ctx, { name: 'year', type: 'number', scope: 'document' });
  const cityPair = defineVariable(ctx, { name: 'city pair', type: 'text', scope: 'document' });
  const cases = new Map<string, string>();
  SAMPLE_PAPERS.forEach((paper, i) => {
    const doc = docs[i];
    if (doc === undefined) return;
    setDocumentValue(ctx, doc.id, sourceType.id, paper.sourceType);
    setDocumentValue(ctx, doc.id, year.id, String(paper.year));
    setDocumentValue(ctx, doc.id, cityPair.id, paper.cityPair);
    const caseId = cases.get(paper.cityPair) ?? createCase(ctx, { name: paper.cityPair }).id;
    cases.set(paper.cityPair, caseId);
    addDocumentToCase(ctx, caseId, doc.id);
  });
}
