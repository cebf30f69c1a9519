import { codeRange } from '../../../../../core/coding/code-range';
import { createCode } from '../../../../../core/coding/create-code';
import type { Ctx } from '../../../../../core/context';
import { addDocument } from '../../../../../core/documents/add-document';
import { aCode, aDocument, aDocumentInput } from '../../../../helpers/builders';
import { createTestDb } from '../../../../helpers/create-test-db';

export const PARAGRAPHS = [
  'Warga kota menjaga norma gotong royong.',
  'Pelabuhan menjadi hambatan bagi kerjasama budaya.',
];

/** A project with one two-paragraph document and codes a, b, c; `code` codes a quoted phrase. */
export function networkFixture(): {
  ctx: Ctx;
  documentId: string;
  text: string;
  codes: { a: string; b: string; c: string };
  code: (phrase: string, codeIds: string[], documentId?: string) => string;
  addDoc: (title: string, blocks: string[]) => string;
} {
  const ctx = createTestDb();
  const texts = new Map<string, string>();
  const addDoc = (title: string, blocks: string[]): string => {
    const doc = addDocument(ctx, aDocumentInput(aDocument(blocks, { title })));
    texts.set(doc.id, blocks.join('\n\n'));
    return doc.id;
  };
  const documentId = addDoc('Laporan', PARAGRAPHS);
  const codes = {
    a: createCode(ctx, aCode('alpha')).id,
    b: createCode(ctx, aCode('beta')).id,
    c: createCode(ctx, aCode('gamma')).id,
  };
  const code = (phrase: string, codeIds: string[], docId = documentId): string => {
    const text = texts.get(docId) ?? '';
    const start = text.indexOf(phrase);
    if (start < 0) throw new Error(`phrase not found: ${phrase}`);
    return codeRange(ctx, { documentId: docId, start, end: start + phrase.length, codeIds }).id;
  };
  return { ctx, documentId, text: PARAGRAPHS.join('\n\n'), codes, code, addDoc };
}
