import { describe, expect, it } from 'vitest';
import type { Excerpt } from '../../../../../core/analysis/conclusions/load-excerpts';
import { triangulate } from '../../../../../core/analysis/conclusions/triangulation';

const excerpt = (documentId: string, coderName: string, caseNames: string[]): Excerpt => ({
  segmentId: `${documentId}-${coderName}`,
  documentId,
  documentTitle: documentId,
  documentKind: 'pdf',
  start: 0,
  end: 1,
  quote: 'x',
  page: null,
  codeIds: [],
  codePaths: [],
  coderId: coderName,
  coderName,
  caseIds: caseNames,
  caseNames,
});

describe('triangulate', () => {
  it('counts distinct source types, cases and coders when excerpts share some', () => {
    const result = triangulate(
      [
        excerpt('a', 'Ayu', ['Bandung']),
        excerpt('a', 'Joko', ['Bandung']),
        excerpt('b', 'Ayu', []),
      ],
      new Map([['a', 'interview']]),
      null,
    );
    expect(result.sourceTypes).toEqual(['interview', 'pdf']);
    expect(result.cases).toEqual(['Bandung']);
    expect(result.coders).toEqual(['Ayu', 'Joko']);
    expect(result.documents).toBe(2);
    expect(result.excerpts).toBe(3);
  });

  it('is empty when the claim has no supporting excerpt', () => {
    expect(triangulate([], new Map(), null)).toMatchObject({
      sourceTypes: [],
      cases: [],
      coders: [],
      documents: 0,
    });
  });
});
