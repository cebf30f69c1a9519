import { describe, expect, it } from 'vitest';
import {
  fromQuery,
  newStep,
  toQuery,
  type BuilderState,
} from '../../../../../renderer/features/retrieval/build-query';

const state = (steps: BuilderState['steps']): BuilderState => ({
  first: { codeId: 'a', includeSubcodes: true },
  steps,
  filters: { coderIds: ['c1'] },
});

describe('toQuery', () => {
  it('applies steps left to right and keeps or flat', () => {
    const query = toQuery(
      state([
        { ...newStep('b'), op: 'or' },
        { ...newStep('c'), op: 'or', includeSubcodes: false },
        { ...newStep('d'), op: 'within', distance: 40, unit: 'characters', sameCoder: true },
      ]),
    );
    expect(query.root).toEqual({
      op: 'within',
      left: {
        op: 'or',
        operands: [
          { op: 'code', codeId: 'a', includeSubcodes: true },
          { op: 'code', codeId: 'b', includeSubcodes: true },
          { op: 'code', codeId: 'c', includeSubcodes: false },
        ],
      },
      right: { op: 'code', codeId: 'd', includeSubcodes: true },
      distance: 40,
      unit: 'characters',
      sameCoder: true,
    });
    expect(query.filters).toEqual({ coderIds: ['c1'] });
  });

  it('maps intersection to an and with the shared span', () => {
    const query = toQuery(state([{ ...newStep('b'), op: 'intersection' }]));
    expect(query.root).toMatchObject({ op: 'and', span: 'intersection' });
  });
});

describe('fromQuery', () => {
  it('round-trips every builder state', () => {
    const cases: BuilderState[] = [
      state([]),
      state([{ ...newStep('b'), op: 'not', sameCoder: true }]),
      state([
        { ...newStep('b'), op: 'and' },
        { ...newStep('c'), op: 'or' },
        { ...newStep('d'), op: 'overlapping' },
        { ...newStep('e'), op: 'intersection', includeSubcodes: false },
        { ...newStep('f'), op: 'within', distance: 2, unit: 'paragraphs' },
      ]),
    ];
    for (const s of cases) expect(fromQuery(toQuery(s))).toEqual(s);
  });

  it('returns null for a tree the builder cannot draw', () => {
    const code = { op: 'code' as const, codeId: 'x', includeSubcodes: true };
    expect(
      fromQuery({
        root: {
          op: 'not',
          left: code,
          right: { op: 'or', operands: [code, code] },
          sameCoder: false,
        },
        filters: {},
      }),
    ).toBeNull();
  });
});
