import { describe, expect, it } from 'vitest';
import { plainTextToDoc } from '../../../../../core/import/txt/plain-text-to-doc';
import { toCanonicalText } from '../../../../../core/text/to-canonical-text';

describe('plainTextToDoc', () => {
  it('makes one paragraph per blank-line block and joins wrapped lines when text is plain', () => {
    const doc = plainTextToDoc('Judul\n\nbaris satu\nbaris dua  \n \t\n\n\nakhir\n');
    expect(toCanonicalText(doc).text).toBe('Judul\n\nbaris satu baris dua\n\nakhir');
    expect(doc.content?.every((n) => n.type === 'paragraph')).toBe(true);
  });
});
