import { TelaahError } from '../../errors';
import type { ImportedDocument, SourceFile } from '../imported-document';
import { blocksToDoc } from '../layout/blocks-to-doc';
import { buildBlocks } from '../layout/build-blocks';
import type { LayoutLine } from '../layout/layout-line';
import { removeFurniture } from '../layout/remove-furniture';
import { checkPdfBytes } from './check-pdf-bytes';
import { guessLanguage } from './guess-language';
import { openPdf, toTelaahError } from './open-pdf';
import { orderColumns, type OrderedLine } from './order-columns';
import { measureGeometry } from './page-geometry';
import { normalizeLanguage } from '../language-guess';
import { readPageLines, type BandedLine } from './read-page-lines';
import { removeFootnotes } from './remove-footnotes';
import { toLayoutLines } from './to-layout-lines';

/** Files with more pages than this are refused rather than risking a frozen import. */
export const MAX_PDF_PAGES = 2000;

export interface ImportPdfOptions {
  /** Password for an encrypted PDF. */
  password?: string;
}

/**
 * Imports a PDF's text layer as paragraphs and headings in reading order, without running
 * headers, footers, page numbers or footnotes, with line-end hyphens repaired and a page marker
 * (carrying the printed page number) where each page begins. Pages are read one at a time.
 */
export async function importPdf(
  file: SourceFile,
  options: ImportPdfOptions = {},
): Promise<ImportedDocument> {
  checkPdfBytes(file);
  const pdf = await openPdf(file, options.password);
  try {
    if (pdf.numPages > MAX_PDF_PAGES) throw tooLarge(file.name, pdf.numPages);
    const info = await readInfo(pdf);
    const lines: BandedLine[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      lines.push(...(await readPageLines(page, number)));
      page.cleanup();
    }
    return buildDocument(file, lines, pdf.numPages, info);
  } catch (error) {
    throw toTelaahError(error, file.name);
  } finally {
    await pdf.destroy();
  }
}

interface PdfInfo {
  title: string | null;
  language: string | null;
}

async function readInfo(pdf: Awaited<ReturnType<typeof openPdf>>): Promise<PdfInfo> {
  const metadata = await pdf.getMetadata();
  const info = metadata.info as Record<string, unknown>;
  const text = (value: unknown): string | null =>
    typeof value === 'string' && value.trim().length > 0 ? value.trim() : null;
  return { title: text(info.Title), language: normalizeLanguage(text(info.Language)) };
}

function buildDocument(
  file: SourceFile,
  all: BandedLine[],
  pageCount: number,
  info: PdfInfo,
): ImportedDocument {
  if (!all.some((line) => /[\p{L}\p{N}]/u.test(line.text))) throw noText(file.name);
  const furniture = removeFurniture(all, { pageCount });
  const geometry = measureGeometry(furniture.lines);
  const body = removeFootnotes(furniture.lines, geometry.bodySize);
  const layout: LayoutLine[] = toLayoutLines(orderPages(body), geometry);
  const blocks = buildBlocks(layout, { count: pageCount, labels: furniture.labels });
  const doc = blocksToDoc(blocks);
  const firstHeading = blocks.find((block) => block.kind === 'heading')?.parts;
  const headingText = firstHeading?.filter((part) => typeof part === 'string').join('') ?? null;
  const notes = [`${furniture.removedCount} running header, footer and page-number lines removed.`];
  return {
    kind: 'pdf',
    title: info.title ?? headingText ?? file.name.replace(/\.pdf$/iu, ''),
    doc,
    language: info.language ?? guessLanguage(sampleText(layout)),
    notes,
    pageCount,
  };
}

/** Puts each page's lines in reading order; lines arrive grouped by page. */
function orderPages(lines: readonly BandedLine[]): OrderedLine[] {
  const ordered: OrderedLine[] = [];
  let start = 0;
  while (start < lines.length) {
    const page = lines[start]?.page;
    let end = start;
    while (end < lines.length && lines[end]?.page === page) end++;
    for (const line of orderColumns(lines.slice(start, end))) ordered.push(line);
    start = end;
  }
  return ordered;
}

/** The first few thousand words are plenty to tell the language. */
function sampleText(lines: readonly LayoutLine[]): string {
  const parts: string[] = [];
  let length = 0;
  for (const line of lines) {
    if (length > 20_000) break;
    parts.push(line.text);
    length += line.text.length + 1;
  }
  return parts.join(' ');
}

function tooLarge(name: string, pages: number): TelaahError {
  return new TelaahError(
    'import_pdf_too_large',
    `“${name}” has ${pages} pages; Telaah imports PDFs of up to ${MAX_PDF_PAGES} pages. Split it into smaller parts (for example by chapter) and import those.`,
    { file: name, pages, limit: MAX_PDF_PAGES },
  );
}

function noText(name: string): TelaahError {
  return new TelaahError(
    'import_pdf_no_text',
    `“${name}” has no text layer: it looks like a scan or a set of images. Run it through OCR (text recognition) first, then import the result.`,
    { file: name },
  );
}
