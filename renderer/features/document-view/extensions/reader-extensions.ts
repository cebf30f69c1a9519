import type { AnyExtension } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { CodingLayers } from './coding-layers';
import { PageMarker } from './page-marker';
import { Subscript, Superscript } from './script-marks';
import { Table, TableCell, TableHeader, TableRow } from './table-nodes';

/** Every node and mark the importers produce, plus the coding overlays; nothing that edits. */
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
  ];
}
