import { describe, expect, it } from 'vitest';
import { createCode } from '../../../../core/coding/create-code';
import { updateCode } from '../../../../core/coding/update-code';
import { listEvents } from '../../../../core/events/list-events';
import { aCode } from '../../../helpers/builders';
import { createTestDb } from '../../../helpers/create-test-db';

describe('listEvents', () => {
  it('returns before and after rows of an update when filtered by entity', () => {
    const ctx = createTestDb();
    const code = createCode(ctx, aCode('norm'));
    updateCode(ctx, code.id, { name: 'norms' });
    const events = listEvents(ctx, { entityId: code.id });
    expect(events.map((e) => e.action)).toEqual(['codes.create', 'codes.update']);
    expect(events[1]?.before).toMatchObject({ name: 'norm' });
    expect(events[1]?.after).toMatchObject({ name: 'norms' });
    expect(events[1]?.coderId).toBe(ctx.coderId);
  });

  it('refuses to update or delete an event when someone tries', () => {
    const ctx = createTestDb();
    createCode(ctx, aCode('norm'));
    expect(() => ctx.db.$client.exec("update events set action = 'x'")).toThrow(/append-only/u);
    expect(() => ctx.db.$client.exec('delete from events')).toThrow(/append-only/u);
  });
});
