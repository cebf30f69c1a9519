import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { createCode } from '../../../../../core/coding/create-code';
import { exportCodebookDocx } from '../../../../../core/exchange/codebook/export-codebook-docx';
import { exportCodebookHtml } from '../../../../../core/exchange/codebook/export-codebook-html';
import { exportCodebookMarkdown } from '../../../../../core/exchange/codebook/export-codebook-markdown';
import { createTestDb } from '../../../../helpers/create-test-db';

function aCodebook() {
  const ctx = createTestDb();
  const identity = createCode(ctx, {
    name: 'identity',
    definition: 'How a city describes itself.',
    inclusion: 'Self-descriptions.',
    exclusion: 'Outsiders’ views.',
    example: 'kota <kami>',
  });
  createCode(ctx, { name: 'local', parentId: identity.id, definition: 'Of one town.' });
  return ctx;
}

describe('readable codebook documents', () => {
  it('writes Markdown with nested headings and labelled criteria in Indonesian', () => {
    const md = exportCodebookMarkdown(aCodebook(), 'Kota', 'id');
    expect(md).toContain('# Buku kode: Kota');
    expect(md).toContain('## identity');
    expect(md).toContain('### local');
    expect(md).toContain('**Kriteria inklusi**\n\nSelf-descriptions.');
    expect(md).toContain('kota \\<kami\\>');
  });

  it('writes HTML that escapes text and carries every field', () => {
    const html = exportCodebookHtml(aCodebook(), 'Kota', 'en');
    expect(html).toContain('<dt>Exclusion criteria</dt><dd>Outsiders’ views.</dd>');
    expect(html).toContain('kota &lt;kami&gt;');
    expect(html).not.toContain('<script');
  });

  it('writes a DOCX whose text holds the codes and their definitions', async () => {
    const bytes = await exportCodebookDocx(aCodebook(), 'Kota', 'en');
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    for (const text of [
      'identity',
      'How a city describes itself.',
      'Inclusion criteria',
      'Of one town.',
    ]) {
      expect(xml).toContain(text);
    }
  });
});
