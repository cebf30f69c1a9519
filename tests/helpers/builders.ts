import { createHash } from 'node:crypto';
import type { CreateCodeInput } from '../../core/coding/create-code';
import type { ImportedDocument } from '../../core/import/imported-document';
import type { PmNode } from '../../core/text/pm-node';

/** A paragraph node per string; a `{ page }` entry inserts a page marker into the next paragraph. */
export type BlockSpec = string | { page: number; label?: string | null };

/** A tiny imported document: one paragraph per string, optional page markers. */
export function aDocument(
  blocks: BlockSpec[] = ['Kerjasama sister city antara Surabaya dan Kitakyushu.'],
  overrides: Partial<ImportedDocument> = {},
): ImportedDocument {
  const content: PmNode[] = [];
  let pending: PmNode[] = [];
  for (const block of blocks) {
    if (typeof block === 'string') {
      content.push({ type: 'paragraph', content: [...pending, { type: 'text', text: block }] });
      pending = [];
    } else {
      pending.push({ type: 'pageMarker', attrs: { page: block.page, label: block.label ?? null } });
    }
  }
  return {
    kind: 'txt',
    title: 'Laporan kerjasama',
    doc: { type: 'doc', content },
    language: 'id',
    notes: [],
    pageCount: null,
    ...overrides,
  };
}

/** Input for addDocument built from an ImportedDocument; sha256 derived from its text. */
export function aDocumentInput(imported: ImportedDocument = aDocument()): {
  imported: ImportedDocument;
  originalName: string;
  sha256: string;
} {
  const sha256 = createHash('sha256').update(JSON.stringify(imported.doc)).digest('hex');
  return { imported, originalName: `${imported.title}.txt`, sha256 };
}

/** Input for createCode with a name and sensible defaults. */
export function aCode(
  name = 'cooperation',
  overrides: Partial<CreateCodeInput> = {},
): CreateCodeInput {
  return { name, ...overrides };
}
