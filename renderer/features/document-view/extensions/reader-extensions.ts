import type { AnyExtension } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { CodingLayers } from './coding-layers';
import { PageMarker } from './page-marker';
import { ReadOnlyCaret } from './read-only-caret';
import { Subscript, Superscript } from './script-marks';
import { Table, TableCell, TableHeader, TableRow } from './table-nodes';

/** Every node and mark the importers produce, the coding overlays and a caret that edits nothing. */
export function readerExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      undoRedo: false,
      dropcursor: false,
      gapcursor: false,
      trailingNode: false,
      listKeymap: false,
      link: { openOnClick: false, autolink: false, linkOnPaste: false },
    }),
    Superscript,
    Subscript,
    Table,
    TableRow,
    TableCell,
    TableHeader,
    PageMarker,
    CodingLayers,
    ReadOnlyCaret,
  ];
}
