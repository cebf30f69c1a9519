import { describe, expect, it } from 'vitest';
import { addDocument } from '../../../../core/documents/add-document';
import { addDocumentToCase, createCase, setCaseValue } from '../../../../core/documents/cases';
import { listDocuments } from '../../../../core/documents/list-documents';
import { defineVariable, setDocumentValue } from '../../../../core/documents/variables';
import { aDocument, aDocumentInput } from '../../../helpers/builders';
import { createTestDb } from '../../../helpers/create-test-db';

describe('setDocumentValue', () => {
  it('stores typed values and lists them as attributes when they are valid', () => {
    const ctx = createTestDb();
    const { id } = addDocument(ctx, aDocumentInput(aDocument()));
    const year = defineVariable(ctx, { name: 'year', type: 'number', scope: 'document' });
    const signed = defineVariable(ctx, { name: 'signed', type: 'date', scope: 'document' });
    const active = defineVariable(ctx, { name: 'active', type: 'boolean', scope: 'document' });
    setDocumentValue(ctx, id, year.id, '2019');
    setDocumentValue(ctx, id, signed.id, '2019-03-01');
    setDocumentValue(ctx, id, active.id, 'Ya');
    expect(listDocuments(ctx)[0]?.attributes).toEqual({
      year: '2019',
      signed: '2019-03-01',
      active: 'true',
    });
  });

  it('refuses a value that does not fit the type when it is malformed', () => {
    const ctx = createTestDb();
    const { id } = addDocument(ctx, aDocumentInput(aDocument()));
    const signed = defineVariable(ctx, { name: 'signed', type: 'date', scope: 'document' });
    const year = defineVariable(ctx, { name: 'year', type: 'number', scope: 'document' });
    expect(() => setDocumentValue(ctx, id, signed.id, '2019-02-30')).toThrow(/not a date/u);
    expect(() => setDocumentValue(ctx, id, year.id, 'dua')).toThrow(/not a number/u);
  });

  it('refuses a second variable with the same name in a scope', () => {
    const ctx = createTestDb();
    defineVariable(ctx, { name: 'Year', type: 'number', scope: 'document' });
    expect(() => defineVariable(ctx, { name: 'year', type: 'text', scope: 'document' })).toThrow(
      /already exists/u,
    );
  });
});

describe('setCaseValue', () => {
  it('stores a case value and links documents when the case exists', () => {
    const ctx = createTestDb();
    const { id } = addDocument(ctx, aDocumentInput(aDocument()));
    const pair = createCase(ctx, { name: 'Surabaya–Kitakyushu' });
    const since = defineVariable(ctx, { name: 'since', type: 'number', scope: 'case' });
    addDocumentToCase(ctx, pair.id, id);
    addDocumentToCase(ctx, pair.id, id);
    expect(setCaseValue(ctx, pair.id, since.id, '1997')).toBe('1997');
    const links = ctx.db.$client.prepare('select count(*) as n from case_documents').get() as {
      n: number;
    };
    expect(links.n).toBe(1);
  });
});
