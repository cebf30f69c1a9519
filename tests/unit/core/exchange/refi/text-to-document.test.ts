import { describe, expect, it } from 'vitest';
import { textToDocument } from '../../../../../core/exchange/refi/text-to-document';
import { toCanonicalText } from '../../../../../core/text/to-canonical-text';

describe('textToDocument', () => {
  it('yields the text itself as canonical text when paragraphs are split by one blank line', () => {
    const text = 'Kota kembar.\n\nBaris satu\nbaris dua 😀\n\nAkhir.';
    const built = textToDocument(text);
    expect(built.text).toBe(text);
    expect(toCanonicalText(built.doc).text).toBe(text);
    for (let i = 0; i <= text.length; i += 1) expect(built.map(i)).toBe(i);
  });

  it('drops edge line ends and folds longer runs, mapping offsets onto the same characters', () => {
    const text = '\n\nalpha\n\n\n\nbeta\n';
    const built = textToDocument(text);
    expect(built.text).toBe('alpha\n\nbeta');
    expect(toCanonicalText(built.doc).text).toBe(built.text);
    const start = text.indexOf('beta');
    expect(built.text.slice(built.map(start), built.map(start + 4))).toBe('beta');
    expect(built.text.slice(built.map(2), built.map(7))).toBe('alpha');
  });

  it('gives an empty paragraph for an empty text', () => {
    const built = textToDocument('');
    expect(built.text).toBe('');
    expect(built.doc.content).toHaveLength(1);
  });
});
