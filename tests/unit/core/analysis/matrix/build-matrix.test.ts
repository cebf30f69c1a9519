import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../../../../../core/analysis/matrix/build-matrix';
import {
  matrixConfig,
  type MatrixConfigInput,
} from '../../../../../core/analysis/matrix/matrix-config';
import { matrixFixture } from './matrix-fixture';

const config = (input: MatrixConfigInput) => matrixConfig.parse(input);

describe('buildMatrix', () => {
  it('counts codings per document and code, a parent column counting its sub-codes', () => {
    const f = matrixFixture();
    const data = buildMatrix(
      f.ctx,
      config({
        rows: { source: 'documents' },
        columns: [
          { kind: 'code', codeId: f.codes.identity },
          { kind: 'code', codeId: f.codes.norm },
        ],
      }),
      null,
    );
    expect(data.rows.map((r) => r.label)).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(data.cells.map((line) => line.map((c) => c.codings))).toEqual([
      [2, 1],
      [1, 0],
      [1, 0],
    ]);
  });

  it('leaves sub-codes out when includeSubcodes is off', () => {
    const f = matrixFixture();
    const data = buildMatrix(
      f.ctx,
      config({
        rows: { source: 'documents' },
        columns: [{ kind: 'code', codeId: f.codes.identity }],
        includeSubcodes: false,
      }),
      null,
    );
    expect(data.cells.map((line) => line[0]?.codings)).toEqual([1, 1, 0]);
  });

  it('groups documents into cases and counts documents once per cell', () => {
    const f = matrixFixture();
    const data = buildMatrix(
      f.ctx,
      config({ rows: { source: 'cases' }, columns: [{ kind: 'code', codeId: f.codes.identity }] }),
      null,
    );
    expect(data.rows.map((r) => r.label)).toEqual(['North', 'South']);
    expect(data.cells.map((line) => [line[0]?.codings, line[0]?.documents])).toEqual([
      [3, 2],
      [1, 1],
    ]);
  });

  it('measures coverage as the union of coded ranges over the row text', () => {
    const f = matrixFixture();
    const data = buildMatrix(
      f.ctx,
      config({
        rows: { source: 'documents' },
        columns: [{ kind: 'code', codeId: f.codes.identity }],
        cell: 'coverage',
      }),
      null,
    );
    const text = f.texts.get(f.docs.a) ?? '';
    // "Warga kota" (0–10) and "kota menjaga norma" (6–24) overlap: 24 characters, not 28.
    expect(data.cells[0]?.[0]?.coverage).toBeCloseTo(24 / text.length, 6);
  });

  it('groups rows by an attribute value, binned by year, ordered by value', () => {
    const f = matrixFixture();
    const data = buildMatrix(
      f.ctx,
      config({
        rows: { source: 'attribute', variableId: f.variables.year, bin: 'year' },
        columns: [{ kind: 'code', codeId: f.codes.identity }],
        order: { by: 'label', direction: 'desc' },
      }),
      null,
    );
    expect(data.rows.map((r) => [r.label, r.documentIds.length])).toEqual([
      ['2019', 2],
      ['2012', 1],
    ]);
    expect(data.cells.map((line) => line[0]?.codings)).toEqual([3, 1]);
  });

  it('orders cases by a case attribute and rows by a cell value', () => {
    const f = matrixFixture();
    const byOutcome = buildMatrix(
      f.ctx,
      config({
        rows: { source: 'cases' },
        columns: [{ kind: 'code', codeId: f.codes.identity }],
        order: { by: 'attribute', variableId: f.variables.outcome, direction: 'desc' },
      }),
      null,
    );
    expect(byOutcome.rows.map((r) => r.label)).toEqual(['South', 'North']);
    const byCell = buildMatrix(
      f.ctx,
      config({
        rows: { source: 'documents' },
        columns: [{ kind: 'code', codeId: f.codes.norm }],
        order: { by: 'column', columnKey: `code:${f.codes.norm}`, direction: 'desc' },
      }),
      null,
    );
    expect(byCell.rows[0]?.label).toBe('Alpha');
  });

  it('partitions rows into high, medium and low bands by tertiles, high first', () => {
    const f = matrixFixture();
    const data = buildMatrix(
      f.ctx,
      config({
        rows: { source: 'documents' },
        columns: [{ kind: 'code', codeId: f.codes.identity }],
        partition: { method: 'tertiles', columnKey: `code:${f.codes.identity}` },
      }),
      null,
    );
    // Counts 2, 1, 1: Alpha stands out as high; the equal others share the low band.
    expect(data.rows.map((r) => [r.label, r.band])).toEqual([
      ['Alpha', 'high'],
      ['Beta', 'low'],
      ['Gamma', 'low'],
    ]);
  });

  it('partitions by user thresholds', () => {
    const f = matrixFixture();
    const data = buildMatrix(
      f.ctx,
      config({
        rows: { source: 'documents' },
        columns: [{ kind: 'code', codeId: f.codes.identity }],
        partition: {
          method: 'thresholds',
          columnKey: `code:${f.codes.identity}`,
          high: 2,
          low: 1,
        },
      }),
      null,
    );
    expect(data.rows.map((r) => r.band)).toEqual(['high', 'medium', 'medium']);
  });
});
