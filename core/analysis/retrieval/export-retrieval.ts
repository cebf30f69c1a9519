import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { RetrievalQuery } from '../../api/contracts/retrieval';
import type { Ctx } from '../../context';
import { toExportedFile, type ExportedFile } from '../../exchange/exported-file';
import { writeXlsx } from '../../exchange/office/write-xlsx';
import { toCsv } from '../../exchange/to-csv';
import { describeQuery, type DescribeLanguage } from './describe-query';
import type { RetrievalRow } from './retrieval-row';
import { runRetrieval } from './run-retrieval';

export const RETRIEVAL_EXPORT_HEADERS = [
  'document',
  'page',
  'case',
  'code',
  'coder',
  'quote',
  'start',
  'end',
  'document_id',
  'segment_ids',
] as const;

const TEXT = {
  en: { title: 'Retrieval', page: 'p.', results: '{n} excerpts in {d} documents' },
  id: { title: 'Penelusuran', page: 'hlm.', results: '{n} kutipan dalam {d} dokumen' },
} as const;

export interface ExportRetrievalInput {
  query: RetrievalQuery;
  format: 'csv' | 'xlsx' | 'docx';
  language: DescribeLanguage;
  /** The file's base name; a saved query's name, say. */
  title?: string | undefined;
}

/** The result of a query as a file: CSV and XLSX one row per result, DOCX a quoted list. */
export async function exportRetrieval(
  ctx: Ctx,
  input: ExportRetrievalInput,
): Promise<ExportedFile> {
  const result = runRetrieval(ctx, input.query);
  const base = input.title ?? TEXT[input.language].title;
  const rows = result.rows.map(toCells);
  switch (input.format) {
    case 'csv':
      return toExportedFile(toCsv(RETRIEVAL_EXPORT_HEADERS, rows), base, 'csv');
    case 'xlsx':
      return toExportedFile(
        writeXlsx([
          {
            name: TEXT[input.language].title,
            rows: [[...RETRIEVAL_EXPORT_HEADERS], ...rows],
            widths: [30, 8, 20, 30, 16, 80, 8, 8, 38, 38],
          },
        ]),
        base,
        'xlsx',
      );
    case 'docx': {
      const description = describeQuery(ctx, input.query, input.language);
      const bytes = await Packer.toBuffer(
        docxOf(description, result.rows, input.language, result.documentCount),
      );
      return toExportedFile(new Uint8Array(bytes), base, 'docx');
    }
  }
}

function toCells(row: RetrievalRow): (string | number | null)[] {
  return [
    row.documentTitle,
    pageLabel(row),
    row.caseNames.join('; '),
    row.codePaths.join('; '),
    row.coderNames.join('; '),
    row.quote,
    row.start,
    row.end,
    row.documentId,
    row.segmentIds.join(' '),
  ];
}

function pageLabel(row: RetrievalRow): string | null {
  return row.page === null ? null : (row.page.label ?? String(row.page.page));
}

/** A heading with the query in words, then each excerpt as a quote with its citation. */
function docxOf(
  description: string,
  rows: readonly RetrievalRow[],
  language: DescribeLanguage,
  documentCount: number,
): Document {
  const text = TEXT[language];
  const excerpts = rows.flatMap((row) => {
    const page = pageLabel(row);
    const citation = [
      page === null ? row.documentTitle : `${row.documentTitle}, ${text.page} ${page}`,
      row.codePaths.join('; '),
      row.coderNames.join('; '),
    ]
      .filter((part) => part !== '')
      .join(' — ');
    return [
      new Paragraph({
        style: 'Quote',
        indent: { left: 567, right: 567 },
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- docx's option, not String#italics
        children: [new TextRun({ text: `“${row.quote}”`, italics: true })],
      }),
      new Paragraph({
        spacing: { after: 240 },
        indent: { left: 567 },
        children: [new TextRun({ text: citation, size: 18 })],
      }),
    ];
  });
  return new Document({
    creator: 'Telaah',
    title: text.title,
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: text.title }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, text: description }),
          new Paragraph({
            text: text.results
              .replace('{n}', String(rows.length))
              .replace('{d}', String(documentCount)),
          }),
          ...excerpts,
        ],
      },
    ],
  });
}
