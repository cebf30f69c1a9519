import { crc32, deflateRawSync } from 'node:zlib';
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  type IRunOptions,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';

/**
 * A small Word document with invented text exercising the structure the importer keeps:
 * title, headings, italic and bold runs, a bullet list, a numbered list, a hyperlink, a table,
 * a footnote, and a header that must not be imported.
 */
export async function makeSampleDocx(): Promise<Uint8Array> {
  const doc = new Document({
    title: 'Kebun Bambu di Lereng Timur',
    creator: 'Telaah tests',
    footnotes: { 1: { children: [new Paragraph('Catatan kaki tentang musim hujan.')] } },
    numbering: {
      config: [
        {
          reference: 'numbered',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [{ headers: { default: sampleHeader() }, children: sampleBody() }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function sampleHeader(): Header {
  return new Header({ children: [new Paragraph('Jurnal Kepala Halaman')] });
}

function sampleBody(): (Paragraph | Table)[] {
  return [
    new Paragraph({ text: 'Kebun Bambu di Lereng Timur', heading: HeadingLevel.TITLE }),
    new Paragraph({ text: 'Latar Belakang', heading: HeadingLevel.HEADING_1 }),
    new Paragraph({
      children: [
        new TextRun('Para petani menyebut tanaman itu '),
        styled('pring petung', { italics: true }),
        new TextRun(' dan menjualnya '),
        styled('setiap pekan', { bold: true }),
        new TextRun('.'),
        new FootnoteReferenceRun(1),
      ],
    }),
    new Paragraph({ text: 'Rincian', heading: HeadingLevel.HEADING_2 }),
    new Paragraph({ text: 'Batang muda', bullet: { level: 0 } }),
    new Paragraph({ text: 'Batang tua', bullet: { level: 0 } }),
    new Paragraph({ text: 'Langkah pertama', numbering: { reference: 'numbered', level: 0 } }),
    new Paragraph({ text: 'Langkah kedua', numbering: { reference: 'numbered', level: 0 } }),
    new Paragraph({
      children: [
        new TextRun('Lihat '),
        new ExternalHyperlink({
          link: 'https://example.org/bambu',
          children: [new TextRun({ text: 'laman contoh', style: 'Hyperlink' })],
        }),
        new TextRun(' untuk data.'),
      ],
    }),
    new Table({
      rows: [
        new TableRow({ children: [cell('Jenis'), cell('Tinggi')] }),
        new TableRow({ children: [cell('Petung'), cell('20 m')] }),
      ],
    }),
  ];
}

function styled(text: string, style: Pick<IRunOptions, 'bold' | 'italics'>): TextRun {
  return new TextRun({ text, ...style });
}

function cell(text: string): TableCell {
  return new TableCell({ children: [new Paragraph(text)] });
}

/** One entry of a hand-made ZIP archive; `declaredSize` lets a test lie about the size. */
export interface ZipEntrySpec {
  name: string;
  data: Uint8Array | string;
  deflate?: boolean;
  declaredSize?: number;
}

/** Writes a ZIP archive by hand, so tests can make archives no well-behaved tool would. */
export function makeZip(entries: readonly ZipEntrySpec[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw =
      typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : Buffer.from(entry.data);
    const stored = entry.deflate === true ? deflateRawSync(raw) : raw;
    const name = Buffer.from(entry.name, 'utf8');
    const fields = {
      method: entry.deflate === true ? 8 : 0,
      crc: crc32(raw),
      compressed: stored.length,
      size: entry.declaredSize ?? raw.length,
    };
    const local = zipHeader(0x04034b50, fields, name);
    centrals.push(Buffer.concat([centralHeader(fields, name, offset), name]));
    locals.push(local, name, stored);
    offset += local.length + name.length + stored.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, central, end]));
}

interface ZipFields {
  method: number;
  crc: number;
  compressed: number;
  size: number;
}

function zipHeader(signature: number, f: ZipFields, name: Buffer): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(signature, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(f.method, 8);
  header.writeUInt32LE(f.crc, 14);
  header.writeUInt32LE(f.compressed, 18);
  header.writeUInt32LE(f.size, 22);
  header.writeUInt16LE(name.length, 26);
  return header;
}

function centralHeader(f: ZipFields, name: Buffer, offset: number): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(f.method, 10);
  header.writeUInt32LE(f.crc, 16);
  header.writeUInt32LE(f.compressed, 20);
  header.writeUInt32LE(f.size, 24);
  header.writeUInt16LE(name.length, 28);
  header.writeUInt32LE(offset, 42);
  return header;
}

/** The minimal parts of a .docx whose body is the given paragraphs. */
export function minimalDocxEntries(paragraphs: readonly string[]): ZipEntrySpec[] {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join('');
  return [
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: ROOT_RELS },
    {
      name: 'word/document.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
      deflate: true,
    },
  ];
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
