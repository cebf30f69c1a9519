import type { Ctx } from '../context';
import type { SourceKind } from '../import/imported-document';
import type { PmNode } from '../text/pm-node';
import type { PageStart } from '../text/to-canonical-text';
import { requireDocument } from './document-row';

/** A document with everything the coding view needs. */
export interface DocumentDetail {
  id: string;
  title: string;
  kind: SourceKind;
  originalName: string;
  sha256: string;
  importedAt: number;
  docJson: PmNode;
  text: string;
  pageMap: PageStart[] | null;
  pageCount: number | null;
  language: string | null;
  notes: string[];
}

/** The document with its canonical text, tiptap JSON and page map; not_found if missing. */
export function getDocument(ctx: Ctx, id: string): DocumentDetail {
  const row = requireDocument(ctx, id);
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    originalName: row.originalName,
    sha256: row.sha256,
    importedAt: row.importedAt,
    docJson: JSON.parse(row.docJson) as PmNode,
    text: row.text,
    pageMap: row.pageMap === null ? null : (JSON.parse(row.pageMap) as PageStart[]),
    pageCount: row.pageCount,
    language: row.language,
    notes: JSON.parse(row.notes) as string[],
  };
}
