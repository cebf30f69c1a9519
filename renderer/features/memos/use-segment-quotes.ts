import { useEffect, useState } from 'react';
import { useClient } from '../../app/ClientProvider';

/** Quotes of these segments, fetched once each; null for a segment that no longer exists. */
export function useSegmentQuotes(ids: readonly string[]): ReadonlyMap<string, string | null> {
  const { client } = useClient();
  const [quotes, setQuotes] = useState<ReadonlyMap<string, string | null>>(new Map());
  const missing = ids.filter((id) => !quotes.has(id));
  const key = [...new Set(missing)].sort().join(' ');

  useEffect(() => {
    if (key === '') return;
    let live = true;
    const wanted = key.split(' ');
    void Promise.all(
      wanted.map((id) =>
        client.call('segments.get', { id }).then(
          (segment) => [id, segment.quote] as const,
          () => [id, null] as const,
        ),
      ),
    ).then((found) => {
      if (live) setQuotes((old) => new Map([...old, ...found]));
    });
    return () => {
      live = false;
    };
  }, [client, key]);
  return quotes;
}
