import { describe, expect, it, vi } from 'vitest';
import { ApiCallError } from '../../../renderer/api/api-call-error';
import { createClient, type Transport } from '../../../renderer/api/create-client';

describe('createClient', () => {
  it('resolves with the value of an ok result', async () => {
    const transport = vi.fn<Transport>(() =>
      Promise.resolve({ ok: true, value: { version: '1.0.0', schemaVersion: 2 } }),
    );
    const info = await createClient(transport).call('app.info', {});
    expect(info).toEqual({ version: '1.0.0', schemaVersion: 2 });
    expect(transport).toHaveBeenCalledWith('app.info', {});
  });

  it('throws an ApiCallError carrying code, message and params on an error result', async () => {
    const client = createClient(() =>
      Promise.resolve({
        ok: false,
        error: { code: 'project_not_found', message: 'No such project.', params: { file: 'a' } },
      }),
    );
    const error = await client.call('app.info', {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiCallError);
    expect(error).toMatchObject({
      code: 'project_not_found',
      message: 'No such project.',
      params: { file: 'a' },
    });
  });
});
