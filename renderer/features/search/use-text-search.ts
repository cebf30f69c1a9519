import { useCallback, useRef, useState } from 'react';
import { useClient } from '../../app/ClientProvider';
import type { SearchHit } from './group-hits';

/** At most this many hits are fetched; the panel says so when the limit is reached. */
export const SEARCH_LIMIT = 1000;

export interface SearchState {
  /** Which search this is, so views can reset when a new one lands. */
  seq: number;
  query: string;
  hits: SearchHit[];
}

/** The last search per client, so switching side tabs and back keeps the results. */
const lastResults = new WeakMap<object, SearchState>();

/** Runs search.text; a newer search wins over an older one still under way. */
export function useTextSearch() {
  const { client } = useClient();
  const [result, setStoredResult] = useState<SearchState | null>(
    () => lastResults.get(client) ?? null,
  );
  const setResult = useCallback(
    (next: SearchState) => {
      lastResults.set(client, next);
      setStoredResult(next);
    },
    [client],
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(result?.seq ?? 0);

  const search = useCallback(
    async (query: string): Promise<void> => {
      const seq = ++latest.current;
      setBusy(true);
      setError(null);
      try {
        const hits = await client.call('search.text', { query, limit: SEARCH_LIMIT });
        if (seq === latest.current) setResult({ seq, query, hits });
      } catch (caught) {
        if (seq === latest.current)
          setError(caught instanceof Error ? caught.message : String(caught));
      } finally {
        if (seq === latest.current) setBusy(false);
      }
    },
    [client, setResult],
  );
  return { result, busy, error, search };
}
