import { describe, expect, it } from 'vitest';
import { pageAt } from '../../../../core/text/page-at';

describe('pageAt', () => {
  const map = [
    { page: 1, label: null, start: 0 },
    { page: 2, label: '2', start: 100 },
    { page: 3, label: 'iii', start: 250 },
  ];

  it('returns the page whose start is the last one at or before the offset', () => {
    expect(pageAt(map, 99)).toEqual({ page: 1, label: null });
    expect(pageAt(map, 100)).toEqual({ page: 2, label: '2' });
    expect(pageAt(map, 1000)).toEqual({ page: 3, label: 'iii' });
  });

  it('returns null when the document has no page map', () => {
    expect(pageAt(null, 5)).toBeNull();
  });
});
