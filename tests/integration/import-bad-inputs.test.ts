import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSource } from '../../core/import/import-source';
import type { PmNode } from '../../core/text/pm-node';
import { toCanonicalText } from '../../core/text/to-canonical-text';
import { makeSampleDocx, makeZip, minimalDocxEntries } from '../helpers/make-docx';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');

function importBytes(name: string, bytes: Uint8Array) {
  return importSource({ name, bytes });
}

describe.skipIf(!existsSync(corpus))('importSource on the corpus bad inputs', () => {
  it('rejects with import_legacy_doc when a Word 97 file is named .docx', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(corpus, 'bad/not-a-zip.docx')));
    await expect(importBytes('not-a-zip.docx', bytes)).rejects.toMatchObject({
      code: 'import_legacy_doc',
    });
  });

  it('rejects with import_zip_bomb without inflating it when a DOCX expands to 200 MiB', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(corpus, 'bad/zip-bomb-200mb.docx')));
    const before = process.memoryUsage().rss;
    await expect(importBytes('zip-bomb-200mb.docx', bytes)).rejects.toMatchObject({
      code: 'import_zip_bomb',
    });
    const growth = process.memoryUsage().rss - before;
    console.info(`zip bomb: rss growth ${(growth / 2 ** 20).toFixed(1)} MiB`);
    expect(growth).toBeLessThan(100 * 2 ** 20);
  });
});

describe('importSource on generated bad inputs', () => {
  it('rejects with import_empty_file when a .docx has no bytes', async () => {
    await expect(importBytes('kosong.docx', new Uint8Array())).rejects.toMatchObject({
      code: 'import_empty_file',
    });
  });

  it('rejects with import_docx_damaged when an entry path climbs out of the archive', async () => {
    const zip = makeZip([...minimalDocxEntries(['a']), { name: '../../evil.xml', data: '<x/>' }]);
    await expect(importBytes('jalan.docx', zip)).rejects.toMatchObject({
      code: 'import_docx_damaged',
      message: expect.stringContaining('unsafe path') as unknown,
    });
  });

  it('rejects with import_docx_damaged when word/document.xml is missing', async () => {
    const zip = makeZip([
      ...minimalDocxEntries(['a']).filter((e) => e.name !== 'word/document.xml'),
      { name: 'word/document.xml.bak', data: 'x' },
    ]);
    await expect(importBytes('tanpa.docx', zip)).rejects.toMatchObject({
      code: 'import_docx_damaged',
    });
  });

  it('rejects with import_docx_damaged when a part inflates past its declared size', async () => {
    const entries = minimalDocxEntries(['a']).map((e) =>
      e.name === 'word/document.xml'
        ? { ...e, data: 'x'.repeat(80 * 2 ** 20), declaredSize: 1000 }
        : e,
    );
    await expect(importBytes('bohong.docx', makeZip(entries))).rejects.toMatchObject({
      code: 'import_docx_damaged',
      message: expect.stringContaining('too many bytes') as unknown,
    });
  });

  it('rejects with import_docx_damaged saying so when a .docx holds plain text', async () => {
    await expect(
      importBytes('teks.docx', new TextEncoder().encode('hanya teks')),
    ).rejects.toMatchObject({
      code: 'import_docx_damaged',
      message: expect.stringContaining('plain text') as unknown,
    });
  });

  it('rejects with import_encoding when a .txt holds random bytes', async () => {
    let seed = 42;
    const bytes = Uint8Array.from(
      { length: 20_000 },
      () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 16,
    );
    await expect(importBytes('acak.txt', bytes)).rejects.toMatchObject({ code: 'import_encoding' });
  });

  it('rejects with import_empty_file when a .txt is empty', async () => {
    await expect(importBytes('kosong.txt', new Uint8Array())).rejects.toMatchObject({
      code: 'import_empty_file',
    });
  });

  it('reads a UTF-16BE file without BOM when the text is mostly Latin', async () => {
    const le = Buffer.from('Paragraf “satu”.\r\n\r\nParagraf dua.', 'utf16le');
    const imported = await importBytes('be.txt', new Uint8Array(le.swap16()));
    expect(toCanonicalText(imported.doc).text).toBe('Paragraf “satu”.\n\nParagraf dua.');
  });

  it('keeps the structure when a generated DOCX has headings, lists, a link, a table and a note', async () => {
    const imported = await importBytes('kebun.docx', await makeSampleDocx());
    const types = new Set<string>();
    const visit = (node: PmNode): void => {
      types.add(node.type);
      node.content?.forEach(visit);
    };
    visit(imported.doc);
    for (const type of [
      'heading',
      'bulletList',
      'orderedList',
      'listItem',
      'table',
      'tableRow',
      'tableCell',
    ]) {
      expect(types).toContain(type);
    }
    expect(JSON.stringify(imported.doc)).toContain('"href":"https://example.org/bambu"');
  });

  it('rejects with import_file_too_large before parsing when the file is over 200 MB', async () => {
    const huge = { name: 'besar.txt', bytes: { length: 201 * 2 ** 20 } as unknown as Uint8Array };
    await expect(importSource(huge)).rejects.toMatchObject({ code: 'import_file_too_large' });
  });
});
