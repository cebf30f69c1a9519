import { describe, expect, it } from 'vitest';
import { importTxt } from '../../../../../core/import/txt/import-txt';

describe('importTxt', () => {
  it('takes a short first block as the title when the file starts with one', async () => {
    const imported = await importTxt({
      name: 'catatan.txt',
      bytes: new TextEncoder().encode('Catatan Lapangan\n\nIsi.'),
    });
    expect(imported).toMatchObject({ kind: 'txt', title: 'Catatan Lapangan', pageCount: null });
  });

  it('rejects with import_empty_file when the file has no bytes', async () => {
    await expect(importTxt({ name: 'kosong.txt', bytes: new Uint8Array() })).rejects.toMatchObject({
      code: 'import_empty_file',
    });
  });

  it('rejects with import_no_text when the file holds only white space', async () => {
    await expect(
      importTxt({ name: 'spasi.txt', bytes: new TextEncoder().encode(' \r\n\t\n') }),
    ).rejects.toMatchObject({
      code: 'import_no_text',
    });
  });
});
