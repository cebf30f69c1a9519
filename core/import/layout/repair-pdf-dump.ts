import type { PmNode } from '../../text/pm-node';

/** True when a plain text looks like a raw PDF-to-text dump (blank line after every line, …). */
export function isPdfDump(_text: string): boolean {
  return false;
}

/** Rebuilds paragraphs, headings and words from a raw PDF-to-text dump, as the PDF importer does. */
export function repairPdfDump(_text: string): PmNode {
  throw new Error('repairPdfDump is being written in core/import/layout');
}
