import { Editor } from '@tiptap/core';
import { useEffect, useState, type RefObject } from 'react';
import { toCanonicalText } from '../../../core/text/to-canonical-text';
import type { DocumentDetail } from '../../app/workspace-store';
import { createOffsetMap, type OffsetMap } from '../../ui/offset-map';
import { blockBoundsOf, type BlockBounds } from './block-bounds';
import { readerExtensions } from './extensions/reader-extensions';
import { markTime } from './mark-time';

/** The read-only editor showing one document, with its offset map. */
export interface Reader {
  editor: Editor;
  map: OffsetMap;
  documentId: string;
  text: string;
  /** Top-level block positions (the document never changes while it is read). */
  blocks: BlockBounds;
}

/** Opens the document in a tiptap editor that refuses every change; the editor lives outside React's tree. */
export function createReader(element: HTMLElement, doc: DocumentDetail): Reader {
  const canonical = toCanonicalText(doc.docJson);
  if (canonical.text !== doc.text) {
    console.error(`Canonical text of ${doc.id} differs from the stored text: offsets may be off.`);
  }
  const editor = new Editor({
    element,
    extensions: readerExtensions(),
    content: doc.docJson,
    // Editable for a caret and Shift+arrow selection; ReadOnlyCaret refuses every change.
    editable: true,
    injectCSS: false,
    enableInputRules: false,
    enablePasteRules: false,
    editorProps: {
      attributes: {
        class: 'reader-text',
        tabindex: '0',
        spellcheck: 'false',
        autocorrect: 'off',
        autocapitalize: 'off',
        translate: 'no',
        inputmode: 'none',
        'aria-readonly': 'true',
        'aria-multiline': 'true',
        lang: doc.language ?? '',
      },
    },
  });
  return {
    editor,
    map: createOffsetMap(canonical.runs, canonical.text.length),
    blocks: blockBoundsOf(editor.state.doc),
    documentId: doc.id,
    text: doc.text,
  };
}

/** The reader for the active document, rebuilt when another document opens. */
export function useReader(
  mountRef: RefObject<HTMLElement | null>,
  doc: DocumentDetail | null,
): Reader | null {
  const [reader, setReader] = useState<Reader | null>(null);
  useEffect(() => {
    const element = mountRef.current;
    if (!element || !doc) return;
    markTime('telaah:document-open');
    const next = createReader(element, doc);
    setReader(next);
    return () => {
      setReader(null);
      next.editor.destroy();
    };
  }, [mountRef, doc]);
  return reader;
}
