export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'error';

export interface AutosaverOptions<P extends object> {
  save: (patch: P) => Promise<void>;
  delayMs: number;
  onStatus: (status: SaveStatus, error?: unknown) => void;
}

export interface Autosaver<P extends object> {
  /** Merges the change into what is pending and (re)starts the quiet-period timer. */
  schedule(patch: P): void;
  /** Saves what is pending now; resolves when every save started so far has settled. */
  flush(): Promise<void>;
  /** Drops what is pending (e.g. the memo is being deleted). */
  cancel(): void;
  /** Nothing waits to be saved and no save is under way, right now (not as of the last render). */
  isIdle(): boolean;
}

/**
 * Saves edits after a quiet period, merging quick changes into one save. Saves run one after
 * another so an older save can never land after a newer one; a failed save stays pending.
 */
export function createAutosaver<P extends object>(options: AutosaverOptions<P>): Autosaver<P> {
  let pending: P | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let queue: Promise<void> = Promise.resolve();
  let saving = 0;

  const stopTimer = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const flush = (): Promise<void> => {
    stopTimer();
    const patch = pending;
    if (patch === null) return queue;
    pending = null;
    options.onStatus('saving');
    saving += 1;
    queue = queue
      .then(() => options.save(patch))
      .then(
        () => {
          saving -= 1;
          if (pending === null) options.onStatus('saved');
        },
        (error: unknown) => {
          saving -= 1;
          pending = { ...patch, ...pending };
          options.onStatus('error', error);
        },
      );
    return queue;
  };

  return {
    schedule(patch) {
      pending = { ...pending, ...patch };
      options.onStatus('unsaved');
      stopTimer();
      timer = setTimeout(() => void flush(), options.delayMs);
    },
    flush,
    cancel() {
      stopTimer();
      pending = null;
    },
    isIdle: () => pending === null && saving === 0,
  };
}
