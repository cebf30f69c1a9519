import { Document, HeadingLevel, Packer, Paragraph, TextRun, type IRunOptions } from 'docx';
import type { Ctx } from '../../context';
import type { Language } from '../../i18n/language';
import { codebookSections } from './codebook-sections';

const LEVELS = [
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** A readable codebook as a Word document: a heading per code, its criteria below it. */
export async function exportCodebookDocx(
  ctx: Ctx,
  projectName: string,
  language: Language,
): Promise<Uint8Array> {
  const { labels, sections } = codebookSections(ctx, language);
  const children: Paragraph[] = [
    new Paragraph({ text: `${labels.title}: ${projectName}`, heading: HeadingLevel.HEADING_1 }),
  ];
  for (const s of sections) {
    children.push(
      new Paragraph({
        heading: LEVELS[Math.min(s.depth, LEVELS.length - 1)] ?? HeadingLevel.HEADING_6,
        children: [new TextRun({ text: '■ ', color: s.color.slice(1) }), new TextRun(s.name)],
      }),
      new Paragraph({
        children: [styled(`${s.path} · ${labels.codings}: ${s.codings}`, { italics: true })],
      }),
    );
    if (!s.codable) {
      children.push(new Paragraph({ children: [styled(labels.notCodable, { italics: true })] }));
    }
    for (const f of s.fields) {
      children.push(new Paragraph({ children: [styled(f.label, { bold: true })] }));
      for (const line of f.text.split('\n')) children.push(new Paragraph(line));
    }
  }
  const doc = new Document({ sections: [{ children }], title: `${labels.title}: ${projectName}` });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A run with docx's bold/italic options (typed apart: lint confuses them with String#bold). */
function styled(text: string, style: Pick<IRunOptions, 'bold' | 'italics'>): TextRun {
  return new TextRun({ text, ...style });
}
