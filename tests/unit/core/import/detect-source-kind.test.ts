import { describe, expect, it } from 'vitest';
import { detectSourceKind } from '../../../../core/import/detect-source-kind';
import { makeZip, minimalDocxEntries } from '../../../helpers/make-docx';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const OLE2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);

function kind(name: string, bytes: Uint8Array) {
  return detectSourceKind({ name, bytes });
}

describe('detectSourceKind', () => {
  it('trusts the magic bytes over the extension when they disagree', () => {
    expect(kind('laporan.txt', text('%PDF-1.7\n'))).toBe('pdf');
    expect(kind('laporan.bin', makeZip(minimalDocxEntries(['a'])))).toBe('docx');
  });

  it('throws import_not_pdf naming the image when a PNG is named .pdf', () => {
    expect(() => kind('scan.pdf', PNG)).toThrow(
      expect.objectContaining({
        code: 'import_not_pdf',
        message: expect.stringContaining('PNG image') as unknown,
      }),
    );
    expect(() => kind('scan.png', PNG)).toThrow(
      expect.objectContaining({ code: 'import_unsupported_type' }),
    );
  });

  it('throws import_legacy_doc when the file is an OLE2 Word document', () => {
    expect(() => kind('lama.docx', OLE2)).toThrow(
      expect.objectContaining({
        code: 'import_legacy_doc',
        message: expect.stringContaining('.docx name') as unknown,
      }),
    );
  });

  it('throws import_unsupported_type when a ZIP holds no Word document', () => {
    expect(() => kind('arsip.docx', makeZip([{ name: 'a.txt', data: 'x' }]))).toThrow(
      expect.objectContaining({ code: 'import_unsupported_type' }),
    );
  });

  it('uses the extension or an HTML prologue when the content is text', () => {
    expect(kind('a.html', text('plain'))).toBe('html');
    expect(kind('a.HTM', text('plain'))).toBe('html');
    expect(kind('a.md', text('# x'))).toBe('markdown');
    expect(kind('a.txt', text('x'))).toBe('txt');
    expect(kind('tanpa-ekstensi', text('\ufeff  <!DOCTYPE html><p>x'))).toBe('html');
    expect(kind('halaman', text('<html lang="id">'))).toBe('html');
    expect(kind('a.docx', text('bukan zip'))).toBe('docx');
  });

  it('throws import_empty_file when the file has no bytes', () => {
    expect(() => kind('a.txt', new Uint8Array())).toThrow(
      expect.objectContaining({ code: 'import_empty_file' }),
    );
  });
});
