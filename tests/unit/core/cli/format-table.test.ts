import { describe, expect, it } from 'vitest';
import { formatTable } from '../../../../core/cli/format-table';

describe('formatTable', () => {
  it('aligns columns to the widest cell', () => {
    expect(
      formatTable(
        ['id', 'title'],
        [
          ['1', 'Short'],
          ['222', null],
        ],
      ),
    ).toBe('id   title\n1    Short\n222');
  });
});
