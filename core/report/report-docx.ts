import {
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { EvidenceItem } from '../analysis/conclusions/list-conclusions';
import type { DisplayTable } from '../analysis/display-table';
import { REPORT_LABELS, type ReportLabels } from './report-labels';
import type { ReportCode, ReportModel } from './report-model';
import { citation, excerptFacts, paragraphs, reportDate, triangulationLine } from './report-text';

type Block = Paragraph | Table;

/** Characters XML 1.0 cannot hold (a PDF's stray control characters), dropped. */
const clean = (text: string): string =>
  // eslint-disable-next-line no-control-regex -- these are exactly what Word refuses
  text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu, '');

const run = (text: string, options: { bold?: boolean; italics?: boolean; color?: string } = {}) =>
  new TextRun({ text: clean(text), ...options });

/** The report as a Word document: headings, tables for the codebook and displays, quotes. */
export async function reportDocx(model: ReportModel): Promise<Uint8Array> {
  const t = REPORT_LABELS[model.language];
  const meta = [
    model.projectName,
    `${t.generated} ${reportDate(model.generatedAt, model.language)}`,
  ]
    .filter((s) => s !== '')
    .join(' · ');
  const children: Block[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [run(t.title)] }),
    new Paragraph({ children: [run(meta, { color: '555555' })] }),
  ];
  if (model.codebook !== null) children.push(...codebookDocx(model.codebook, t));
  if (model.displays.length > 0) {
    children.push(heading(t.displays, HeadingLevel.HEADING_1));
    for (const d of model.displays) {
      children.push(heading(d.table?.title || d.name, HeadingLevel.HEADING_2));
      if (d.table === null) {
        children.push(
          new Paragraph({ children: [run(`${t.displaySkipped} ${d.problem}`, { italics: true })] }),
        );
      } else children.push(displayDocx(d.table));
    }
  }
  children.push(
    heading(t.conclusions, HeadingLevel.HEADING_1),
    new Paragraph({ children: [run(t.conclusionsIntro)] }),
  );
  if (model.conclusions.length === 0) {
    children.push(new Paragraph({ children: [run(t.noConclusions, { italics: true })] }));
  }
  model.conclusions.forEach((c, i) => {
    children.push(
      heading(`${i + 1}. ${c.claim}`, HeadingLevel.HEADING_2),
      new Paragraph({
        children: [run(`${t.status}: `, { bold: true }), run(t.statuses[c.status])],
      }),
      new Paragraph({
        children: [
          run(`${t.triangulation}: `, { bold: true }),
          run(triangulationLine(c.triangulation, t)),
        ],
      }),
      heading(t.supporting, HeadingLevel.HEADING_3),
      ...evidenceDocx(c.supporting, t),
      heading(t.negative, HeadingLevel.HEADING_3),
      ...evidenceDocx(c.negative, t),
      heading(t.rivalExplanations, HeadingLevel.HEADING_3),
      ...textDocx(c.rivalExplanations, t),
      heading(t.tactics, HeadingLevel.HEADING_3),
    );
    const applied = c.tactics.filter((x) => x.applied);
    if (applied.length === 0)
      children.push(new Paragraph({ children: [run(t.noTactics, { italics: true })] }));
    for (const x of applied) {
      children.push(
        new Paragraph({
          bullet: { level: 0 },
          children: [
            run(t.tacticNames[x.tactic], { bold: true }),
            ...(x.note.trim() === '' ? [] : [run(`: ${x.note.trim()}`)]),
          ],
        }),
      );
    }
    if (c.note.trim() !== '')
      children.push(heading(t.note, HeadingLevel.HEADING_3), ...textDocx(c.note, t));
  });
  const doc = new Document({
    creator: 'Telaah',
    title: t.title,
    styles: { default: { document: { run: { font: 'Cambria', size: 22 } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph {
  return new Paragraph({ heading: level, children: [run(text)] });
}

function cell(text: string, header = false): TableCell {
  return new TableCell({
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' } } : {}),
    children: [new Paragraph({ children: [run(text, { bold: header })] })],
  });
}

function table(head: string[], rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });
}

function codebookDocx(codes: ReportCode[], t: ReportLabels): Block[] {
  return [
    heading(t.codebook, HeadingLevel.HEADING_1),
    new Paragraph({ children: [run(t.codebookIntro)] }),
    table(
      [t.code, t.definition, t.inclusion, t.exclusion, t.example, t.codings],
      codes.map((c) => [
        c.path,
        c.definition,
        c.inclusion,
        c.exclusion,
        c.example,
        String(c.codingCount),
      ]),
    ),
  ];
}

function displayDocx(display: DisplayTable): Table {
  return table(
    display.columns,
    display.rows.map((r) => [r.label, ...r.cells]),
  );
}

function evidenceDocx(items: EvidenceItem[], t: ReportLabels): Paragraph[] {
  if (items.length === 0) return [new Paragraph({ children: [run(t.none, { italics: true })] })];
  return items.flatMap((e) => [
    new Paragraph({
      indent: { left: 567 },
      border: { left: { style: BorderStyle.SINGLE, size: 12, color: '888888', space: 8 } },
      children: [run(`“${e.quote}” `, { italics: true }), run(citation(e, t))],
    }),
    new Paragraph({
      indent: { left: 567 },
      children: [
        run(excerptFacts(e), { color: '555555' }),
        ...(e.note.trim() === '' ? [] : [run(` — ${e.note.trim()}`, { color: '555555' })]),
      ],
    }),
  ]);
}

function textDocx(text: string, t: ReportLabels): Paragraph[] {
  const ps = paragraphs(text);
  return ps.length === 0
    ? [new Paragraph({ children: [run(t.none, { italics: true })] })]
    : ps.map((p) => new Paragraph({ children: [run(p)] }));
}
