import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../../core/exchange/to-csv';

describe('toCsv', () => {
  it('quotes fields that hold commas, quotes or line breaks', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        ['x, y', 'say "hi"'],
        ['line\nbreak', null],
      ],
    );
    expect(csv).toBe('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",\r\n');
  });

  it('writes numbers as they are', () => {
    expect(toCsv(['n'], [[42]])).toBe('\uFEFFn\r\n42\r\n');
  });
});
