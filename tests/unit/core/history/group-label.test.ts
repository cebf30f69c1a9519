import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../../../core/events/list-events';
import { groupLabel } from '../../../../core/history/group-label';

const event = (entityType: string, before: unknown, after: unknown): EventRecord => ({
  seq: 1,
  id: 'e',
  groupId: 'g',
  at: 0,
  coderId: 'c',
  action: 'x',
  entityType,
  entityId: 'id',
  before,
  after,
});

describe('groupLabel', () => {
  it('prefers a segment quote, shortened, over names', () => {
    const quote = 'panjang '.repeat(20);
    const label = groupLabel([
      event('code', null, { name: 'norm' }),
      event('segment', { quote }, null),
    ]);
    expect(label?.length).toBe(60);
    expect(label?.endsWith('…')).toBe(true);
  });

  it('uses a code name or memo title when no segment is involved', () => {
    expect(groupLabel([event('code', { name: 'norm' }, { name: 'norma' })])).toBe('norma');
    expect(groupLabel([event('memo', { title: 'Catatan' }, null)])).toBe('Catatan');
    expect(groupLabel([event('coding', null, { codeId: 'x' })])).toBeNull();
  });
});
