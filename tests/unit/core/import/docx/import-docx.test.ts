import { describe, expect, it } from 'vitest';
import { importDocx } from '../../../../../core/import/docx/import-docx';
import type { PmNode } from '../../../../../core/text/pm-node';
import { toCanonicalText } from '../../../../../core/text/to-canonical-text';
import { makeSampleDocx, makeZip, minimalDocxEntries } from '../../../../helpers/make-docx';

function find(node: PmNode, type: string): PmNode[] {
  const own = node.type === type ? [node] : [];
  return [...own, ...(node.content ?? []).flatMap((child) => find(child, type))];
}

describe('importDocx', () => {
  it('keeps headings, marks, lists, links, tables and notes when Word has them', async () => {
    const { doc, title } = await importDocx({ name: 'kebun.docx', bytes: await makeSampleDocx() });
    expect(title).toBe('Kebun Bambu di Lereng Timur');
    expect(find(doc, 'heading').map((h) => h.attrs?.level)).toEqual([1, 2, 3]);
    expect(find(doc, 'bulletList')).toHaveLength(1);
    expect(find(doc, 'orderedList')).toHaveLength(1);
    expect(find(doc, 'tableRow')).toHaveLength(2);
    const json = JSON.stringify(doc);
    expect(json).toContain('{"type":"italic"}');
    expect(json).toContain('{"type":"bold"}');
    expect(json).toContain('{"type":"link","attrs":{"href":"https://example.org/bambu"}}');
    expect(json).not.toMatch(/#footnote|↑/);
    const text = toCanonicalText(doc).text;
    expect(text).toContain('Petung\t20 m');
    expect(text.endsWith('[1] Catatan kaki tentang musim hujan.')).toBe(true);
    expect(text).not.toContain('Jurnal Kepala Halaman');
  });

  it('falls back to the first heading or the file name when core.xml has no title', async () => {
    const imported = await importDocx({
      name: 'polos.docx',
      bytes: makeZip(minimalDocxEntries(['Satu', 'Dua'])),
    });
    expect(imported.title).toBe('polos');
    expect(toCanonicalText(imported.doc).text).toBe('Satu\n\nDua');
  });
});
