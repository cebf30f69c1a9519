import { describe, expect, it } from 'vitest';
import { readCoreProperties } from '../../../../../core/import/docx/read-core-properties';

describe('readCoreProperties', () => {
  it('reads title and language with entities decoded when core.xml has them', () => {
    const xml =
      '<cp:coreProperties xmlns:dc="x"><dc:title>Kota &amp; Desa &#8211; Kajian</dc:title><dc:language>id-ID</dc:language></cp:coreProperties>';
    expect(readCoreProperties(xml)).toEqual({ title: 'Kota & Desa – Kajian', language: 'id-ID' });
  });

  it('returns nulls when the part is missing or the fields are empty', () => {
    expect(readCoreProperties(null)).toEqual({ title: null, language: null });
    expect(readCoreProperties('<dc:title></dc:title>')).toEqual({ title: null, language: null });
  });

  it('leaves undeclared entities alone when core.xml uses a DTD trick', () => {
    expect(readCoreProperties('<dc:title>&bomb;</dc:title>').title).toBe('&bomb;');
  });
});
