import { describe, expect, it } from 'vitest';
import { codeFrequency } from '../../../../../core/analysis/network/code-frequency';
import { addDocumentToCase, createCase } from '../../../../../core/documents/cases';
import { defineVariable, setDocumentValue } from '../../../../../core/documents/variables';
import { networkFixture } from './network-fixture';

describe('codeFrequency', () => {
  it('counts codings and documents per value of a document variable', () => {
    const { ctx, codes, code, documentId, addDoc } = networkFixture();
    const second = addDoc('Catatan', ['Norma dan budaya kota.', 'Budaya pelabuhan.']);
    const third = addDoc('Wawancara', ['Kota tanpa norma.']);
    const year = defineVariable(ctx, { name: 'year', type: 'number', scope: 'document' });
    setDocumentValue(ctx, documentId, year.id, '2019');
    setDocumentValue(ctx, second, year.id, '2010');
    code('Warga', [codes.a]);
    code('gotong', [codes.a, codes.b]);
    code('Norma', [codes.a], second);
    code('Budaya pelabuhan', [codes.a], second);
    code('norma', [codes.c], third);
    const codings = codeFrequency(ctx, {
      by: 'variable',
      variableId: year.id,
      measure: 'codings',
      stacked: false,
    });
    expect(codings.variableName).toBe('year');
    expect(codings.groups.map((g) => g.label)).toEqual(['2010', '2019', '']);
    expect(codings.codes.map((c) => c.name)).toEqual(['alpha', 'beta', 'gamma']);
    expect(codings.values).toEqual([
      [2, 0, 0],
      [2, 1, 0],
      [0, 0, 1],
    ]);
    const docs = codeFrequency(ctx, {
      by: 'variable',
      variableId: year.id,
      measure: 'documents',
      stacked: true,
    });
    expect(docs.values[0]).toEqual([1, 0, 0]);
  });

  it('groups by case and by document', () => {
    const { ctx, codes, code, documentId } = networkFixture();
    const bandung = createCase(ctx, { name: 'Bandung' });
    createCase(ctx, { name: 'Medan' });
    addDocumentToCase(ctx, bandung.id, documentId);
    code('Warga', [codes.a]);
    const byCase = codeFrequency(ctx, { by: 'case', measure: 'codings', stacked: false });
    expect(byCase.groups.map((g) => g.label)).toEqual(['Bandung', 'Medan']);
    expect(byCase.values.map((r) => r[0])).toEqual([1, 0]);
    const byDoc = codeFrequency(ctx, {
      by: 'document',
      measure: 'codings',
      stacked: false,
      codeIds: [codes.a],
    });
    expect(byDoc).toMatchObject({ groups: [{ label: 'Laporan' }], values: [[1]] });
  });
});
