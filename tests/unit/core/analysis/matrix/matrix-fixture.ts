import { codeRange } from '../../../../../core/coding/code-range';
import { createCode } from '../../../../../core/coding/create-code';
import type { Ctx } from '../../../../../core/context';
import { addDocument } from '../../../../../core/documents/add-document';
import { addDocumentToCase, createCase, setCaseValue } from '../../../../../core/documents/cases';
import { defineVariable, setDocumentValue } from '../../../../../core/documents/variables';
import { aCode, aDocument, aDocumentInput } from '../../../../helpers/builders';
import { createTestDb } from '../../../../helpers/create-test-db';

/**
 * Three documents in two cases with a year and a role, codes `identity` (with sub-code
 * `civic`) and `norm`, and codings whose ranges overlap in one place.
 */
export function matrixFixture() {
  const ctx: Ctx = createTestDb();
  const texts = new Map<string, string>();
  const addDoc = (title: string, text: string): string => {
    const doc = addDocument(ctx, aDocumentInput(aDocument([text], { title })));
    texts.set(doc.id, text);
    return doc.id;
  };
  const docs = {
    a: addDoc('Alpha', 'Warga kota menjaga norma gotong royong setiap hari.'), // 51 chars
    b: addDoc('Beta', 'Identitas kota tumbuh dari pelabuhan dan pasar.'),
    c: addDoc('Gamma', 'Kerjasama budaya terhambat oleh anggaran yang kecil.'),
  };
  const identity = createCode(ctx, aCode('identity')).id;
  const civic = createCode(ctx, aCode('civic', { parentId: identity })).id;
  const norm = createCode(ctx, aCode('norm')).id;
  const code = (docId: string, phrase: string, codeIds: string[]): string => {
    const text = texts.get(docId) ?? '';
    const start = text.indexOf(phrase);
    if (start < 0) throw new Error(`phrase not found: ${phrase}`);
    return codeRange(ctx, { documentId: docId, start, end: start + phrase.length, codeIds }).id;
  };
  const segments = {
    aWarga: code(docs.a, 'Warga kota', [identity]),
    aNorma: code(docs.a, 'kota menjaga norma', [norm, civic]),
    bIdentitas: code(docs.b, 'Identitas kota', [identity]),
    cBudaya: code(docs.c, 'budaya', [civic]),
  };
  const year = defineVariable(ctx, { name: 'year', type: 'number', scope: 'document' });
  const role = defineVariable(ctx, { name: 'role', type: 'text', scope: 'document' });
  const outcome = defineVariable(ctx, { name: 'outcome', type: 'number', scope: 'case' });
  setDocumentValue(ctx, docs.a, year.id, '2019');
  setDocumentValue(ctx, docs.b, year.id, '2012');
  setDocumentValue(ctx, docs.c, year.id, '2019');
  setDocumentValue(ctx, docs.a, role.id, 'official');
  setDocumentValue(ctx, docs.b, role.id, 'scholar');
  setDocumentValue(ctx, docs.c, role.id, 'official');
  const north = createCase(ctx, { name: 'North' }).id;
  const south = createCase(ctx, { name: 'South' }).id;
  addDocumentToCase(ctx, north, docs.a);
  addDocumentToCase(ctx, north, docs.b);
  addDocumentToCase(ctx, south, docs.c);
  setCaseValue(ctx, north, outcome.id, '1');
  setCaseValue(ctx, south, outcome.id, '3');
  return {
    ctx,
    docs,
    texts,
    codes: { identity, civic, norm },
    segments,
    variables: { year: year.id, role: role.id, outcome: outcome.id },
    cases: { north, south },
  };
}
