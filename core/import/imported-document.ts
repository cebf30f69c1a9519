import type { PmNode } from '../text/pm-node';

/** The kinds of source Telaah imports. */
export type SourceKind = 'pdf' | 'docx' | 'html' | 'markdown' | 'txt';

/**
 * What an importer returns: a tiptap/ProseMirror document built from the source. The canonical
 * text and page map are derived from `doc` by `toCanonicalText`, never by the importer.
 */
export interface ImportedDocument {
  kind: SourceKind;
  /** Title from the file's metadata or first heading; the file name is the fallback. */
  title: string;
  doc: PmNode;
  /** BCP 47 tag when the source declares it or it is detected (`id`, `en`), otherwise null. */
  language: string | null;
  /** Facts about the conversion worth showing the user (removed headers, repaired encoding). */
  notes: string[];
  /** Number of pages for paged sources, otherwise null. */
  pageCount: number | null;
}

/** Input to an importer: the file's bytes and its name (for messages and the title fallback). */
export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}
