import { describe, expect, it } from 'vitest';
import { ensureCoder, listCoders } from '../../../../core/coding/coders';
import { createTestDb, testDeps } from '../../../helpers/create-test-db';

describe('ensureCoder', () => {
  it('returns the existing coder when the name is known', () => {
    const ctx = createTestDb();
    const again = ensureCoder(ctx.db, testDeps(), 'tester');
    expect(again.id).toBe(ctx.coderId);
    expect(listCoders(ctx.db)).toHaveLength(1);
  });

  it('creates a coder with a colour when the name is new', () => {
    const ctx = createTestDb();
    const coder = ensureCoder(ctx.db, { now: () => 1, newId: () => 'c-2' }, 'Sari');
    expect(coder).toMatchObject({ id: 'c-2', name: 'Sari' });
    expect(coder.color).toMatch(/^#[0-9a-f]{6}$/u);
  });
});
