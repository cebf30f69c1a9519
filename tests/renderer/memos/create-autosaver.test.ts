import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createAutosaver,
  type SaveStatus,
} from '../../../renderer/features/memos/create-autosaver';

interface Patch {
  title?: string;
  body?: string;
}

function saverWith(save: (patch: Patch) => Promise<void>) {
  const statuses: SaveStatus[] = [];
  const saver = createAutosaver<Patch>({
    save,
    delayMs: 600,
    onStatus: (status) => statuses.push(status),
  });
  return { saver, statuses };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createAutosaver', () => {
  it('saves quick changes once, merged, after the quiet period', async () => {
    const save = vi.fn((_patch: Patch) => Promise.resolve());
    const { saver, statuses } = saverWith(save);
    saver.schedule({ title: 'a' });
    await vi.advanceTimersByTimeAsync(300);
    saver.schedule({ title: 'ab' });
    saver.schedule({ body: 'text' });
    await vi.advanceTimersByTimeAsync(599);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({ title: 'ab', body: 'text' });
    expect(statuses.at(-1)).toBe('saved');
  });

  it('is idle only when nothing is pending and no save is under way', async () => {
    let finish: () => void = () => undefined;
    const save = vi.fn(
      (_patch: Patch) =>
        new Promise<void>((resolve) => {
          finish = resolve;
        }),
    );
    const { saver } = saverWith(save);
    expect(saver.isIdle()).toBe(true);
    saver.schedule({ title: 'a' });
    expect(saver.isIdle()).toBe(false);
    const flushed = saver.flush();
    expect(saver.isIdle()).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    finish();
    await flushed;
    expect(saver.isIdle()).toBe(true);
  });

  it('saves at once on flush and not again when the timer would have fired', async () => {
    const save = vi.fn((_patch: Patch) => Promise.resolve());
    const { saver } = saverWith(save);
    saver.schedule({ title: 'last keystrokes' });
    await saver.flush();
    expect(save).toHaveBeenCalledWith({ title: 'last keystrokes' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('keeps a failed change pending and sends it with the next save', async () => {
    const save = vi
      .fn((_patch: Patch) => Promise.resolve())
      .mockRejectedValueOnce(new Error('disk full'));
    const { saver, statuses } = saverWith(save);
    saver.schedule({ title: 'kept' });
    await saver.flush();
    expect(statuses.at(-1)).toBe('error');
    saver.schedule({ body: 'more' });
    await saver.flush();
    expect(save).toHaveBeenLastCalledWith({ title: 'kept', body: 'more' });
    expect(statuses.at(-1)).toBe('saved');
  });

  it('sends nothing after cancel', async () => {
    const save = vi.fn((_patch: Patch) => Promise.resolve());
    const { saver } = saverWith(save);
    saver.schedule({ title: 'gone' });
    saver.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    await saver.flush();
    expect(save).not.toHaveBeenCalled();
  });
});
