import { describe, expect, it } from 'vitest';
import { htmlToDoc } from '../../../../../core/import/html/html-to-doc';
import type { PmNode } from '../../../../../core/text/pm-node';
import { toCanonicalText } from '../../../../../core/text/to-canonical-text';

function textOf(html: string): string {
  return toCanonicalText(htmlToDoc(html).doc).text;
}

function json(html: string): string {
  return JSON.stringify(htmlToDoc(html).doc);
}

function firstBlock(html: string): PmNode {
  return htmlToDoc(html).doc.content?.[0] ?? { type: 'none' };
}

describe('htmlToDoc', () => {
  it('drops scripts, styles, iframes, objects and comments with their content when present', () => {
    const html = `<head><title>T</title><style>p{color:red}</style><script>alert(1)</script></head>
      <body><!-- secret note --><p>Awal</p><script>document.write('x')</script>
      <iframe srcdoc="&lt;script&gt;alert(2)&lt;/script&gt;">fallback</iframe>
      <object data="javascript:alert(3)">alt</object><embed src="javascript:alert(4)">
      <noscript>tanpa skrip</noscript><template><p>templat</p></template>
      <svg onload="alert(5)"><text>gambar</text></svg><p>Akhir</p></body>`;
    expect(textOf(html)).toBe('Awal\n\nAkhir');
    expect(json(html)).not.toMatch(/script|iframe|alert|onload|srcdoc|secret/i);
  });

  it('removes event handlers and every attribute but a safe href when elements carry them', () => {
    const html = `<p onclick="alert(1)" style="color:red" class="x" id="y"><b onmouseover="alert(2)">Tebal</b> <a href="https://example.org/a" onclick="alert(3)" target="_blank">tautan</a></p>`;
    expect(firstBlock(html)).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Tebal', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' ' },
        {
          type: 'text',
          text: 'tautan',
          marks: [{ type: 'link', attrs: { href: 'https://example.org/a' } }],
        },
      ],
    });
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  javascript:alert(1)',
    'java&#x09;script:alert(1)',
    'java&#10;script:alert(1)',
    '&#106;avascript:alert(1)',
    'jav&#x61;script&colon;alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'file:///etc/passwd',
  ])('keeps the text but drops the link when the href is %s', (href) => {
    const result = json(`<p><a href="${href}">kata</a></p>`);
    expect(result).toContain('"text":"kata"');
    expect(result).not.toContain('link');
  });

  it.each([
    'http://example.org',
    'https://example.org/x?y=1',
    'mailto:a@example.org',
    'bagian/dua.html',
  ])('keeps the link when the href is %s', (href) => {
    expect(json(`<p><a href="${href}">kata</a></p>`)).toContain(`"href":"${href}"`);
  });

  it('collapses white space like a browser when text spans lines and elements', () => {
    const html =
      '<p>\n   Satu\t\tdua  <em> tiga </em>  empat\n</p><p>  <b> </b>lima<br>  enam  </p>';
    expect(textOf(html)).toBe('Satu dua tiga empat\n\nlima\nenam');
  });

  it('decodes entities when text contains them', () => {
    expect(textOf('<p>A &amp; B &lt;c&gt; &ldquo;d&rdquo; &#8212; &nbsp;e</p>')).toBe(
      'A & B <c> “d” — \u00a0e',
    );
  });

  it('nests inline marks without duplicates when emphasis is nested', () => {
    const node = firstBlock('<p><b>a<i>b<sup>c</sup></i><strong>d</strong></b></p>');
    expect(node.content).toEqual([
      { type: 'text', text: 'a', marks: [{ type: 'bold' }] },
      { type: 'text', text: 'b', marks: [{ type: 'bold' }, { type: 'italic' }] },
      {
        type: 'text',
        text: 'c',
        marks: [{ type: 'bold' }, { type: 'italic' }, { type: 'superscript' }],
      },
      { type: 'text', text: 'd', marks: [{ type: 'bold' }] },
    ]);
  });

  it('turns direct text of divs into paragraphs when no p element wraps it', () => {
    expect(textOf('<div>Satu<div>Dua</div>Tiga<span> empat</span></div>')).toBe(
      'Satu\n\nDua\n\nTiga empat',
    );
  });

  it('skips content hidden from the reader when hidden or display:none is set', () => {
    const html = '<p>Terlihat</p><p hidden>Tersembunyi</p><div style="DISPLAY: none">Rahasia</div>';
    expect(textOf(html)).toBe('Terlihat');
  });

  it('keeps headings, lists, quotes, code and rules as nodes when the page has them', () => {
    const { doc } = htmlToDoc(
      '<h2>Judul</h2><ul><li>a<ul><li>b</li></ul></li></ul><ol start="3"><li>c</li></ol><blockquote><p>kutip</p></blockquote><pre>\nx  = 1\ny</pre><hr>',
    );
    expect(doc.content?.map((n) => n.type)).toEqual([
      'heading',
      'bulletList',
      'orderedList',
      'blockquote',
      'codeBlock',
      'horizontalRule',
    ]);
    expect(doc.content?.[2]?.attrs).toEqual({ start: 3 });
    expect(toCanonicalText(doc).text).toBe('Judul\n\na\n\nb\n\nc\n\nkutip\n\nx  = 1\ny');
  });

  it('builds table rows with cells joined by a tab when the page has a table', () => {
    const html =
      '<table><caption>Tabel 1</caption><thead><tr><th>Kota</th><th>Tahun</th></tr></thead><tbody><tr><td><p>Seoul</p></td><td>1988</td></tr></tbody></table>';
    expect(textOf(html)).toBe('Tabel 1\n\nKota\tTahun\n\nSeoul\t1988');
    expect(json(html)).toContain('"type":"tableHeader"');
  });

  it('reads the title and language when the page declares them', () => {
    expect(
      htmlToDoc('<html lang="id"><title> Judul  Laman </title><h1>Lain</h1></html>'),
    ).toMatchObject({
      title: 'Judul Laman',
      language: 'id',
    });
    expect(htmlToDoc('<h1>Kepala</h1>').title).toBe('Kepala');
  });
});
