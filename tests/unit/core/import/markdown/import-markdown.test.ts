import { describe, expect, it } from 'vitest';
import { importMarkdown } from '../../../../../core/import/markdown/import-markdown';
import { toCanonicalText } from '../../../../../core/text/to-canonical-text';

function md(text: string) {
  return importMarkdown({ name: 'catatan.md', bytes: new TextEncoder().encode(text) });
}

describe('importMarkdown', () => {
  it('keeps headings, emphasis, lists and links when the Markdown has them', async () => {
    const { doc, title } = await md(
      '# Judul\n\nTeks *miring* dan [tautan](https://example.org).\n\n- satu\n- dua\n\n1. pertama\n',
    );
    expect(title).toBe('Judul');
    expect(doc.content?.map((n) => n.type)).toEqual([
      'heading',
      'paragraph',
      'bulletList',
      'orderedList',
    ]);
    expect(JSON.stringify(doc)).toContain('{"type":"link","attrs":{"href":"https://example.org"}}');
    expect(JSON.stringify(doc)).toContain('{"type":"italic"}');
  });

  it('shows raw HTML as text and never as markup when the Markdown embeds it', async () => {
    const { doc } = await md(
      'Awal <script>alert(1)</script> <img src=x onerror=alert(2)>\n\n[x](javascript:alert(3))',
    );
    const json = JSON.stringify(doc);
    expect(json).not.toContain('"link"');
    expect(toCanonicalText(doc).text).toContain('<script>alert(1)</script>');
    expect(json).not.toMatch(/"type":"(?!doc|paragraph|text)/);
  });

  it('leaves bare URLs as plain text when linkify would have linked them', async () => {
    const { doc } = await md('Lihat https://example.org sekarang.');
    expect(JSON.stringify(doc)).not.toContain('link');
  });
});
