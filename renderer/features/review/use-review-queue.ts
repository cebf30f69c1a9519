import { useCallback, useEffect, useRef, useState } from 'react';
import type { Input, Output } from '../../../core/api/contract';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';

export type ReviewQueue = Output<'review.queue'>;
export type ReviewItem = ReviewQueue['items'][number];
export type ReviewFilters = Input<'review.queue'>;
export type ReviewState = ReviewItem['reviewState'];

/**
 * The review queue for the filters, and the excerpt under review. After a decision the queue is
 * refetched and the position moves to the excerpt that followed the decided one.
 */
export function useReviewQueue(filters: ReviewFilters) {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const revision = useWorkspace((s) => s.revision);
  const [queue, setQueue] = useState<ReviewQueue | null>(null);
  const [index, setIndex] = useState(0);
  // The excerpt to land on after the next refetch (the one after a decided excerpt).
  const landOn = useRef<string | null>(null);
  const key = JSON.stringify(filters);

  useEffect(() => {
    let live = true;
    client
      .call('review.queue', JSON.parse(key) as ReviewFilters)
      .then((next) => {
        if (!live) return;
        setQueue(next);
        setIndex((current) => {
          const target = landOn.current;
          landOn.current = null;
          if (target !== null) {
            const at = next.items.findIndex((i) => i.id === target);
            if (at >= 0) return at;
          }
          return Math.max(0, Math.min(current, next.items.length - 1));
        });
      })
      .catch(store.fail);
    return () => {
      live = false;
    };
  }, [client, store, key, revision]);

  // A decision in flight: keys pressed meanwhile would act on the excerpt just decided.
  const busy = useRef(false);
  const decide = useCallback(
    async (state: ReviewState): Promise<void> => {
      const item = queue?.items[index];
      if (!queue || !item || busy.current) return;
      busy.current = true;
      try {
        // Land on the excerpt after this one; when it drops out of a filtered queue, the same index.
        landOn.current = queue.items[index + 1]?.id ?? null;
        await client.call('review.setState', { codingIds: [item.id], state });
        const next = await client.call('review.queue', filters);
        setQueue(next);
        setIndex((current) => {
          const target = landOn.current;
          landOn.current = null;
          const at = target === null ? -1 : next.items.findIndex((i) => i.id === target);
          return at >= 0 ? at : Math.max(0, Math.min(current, next.items.length - 1));
        });
        await store.afterChange();
      } finally {
        busy.current = false;
      }
    },
    [client, store, queue, index, filters],
  );

  const move = useCallback(
    (delta: number): void => {
      setIndex((i) => Math.max(0, Math.min(i + delta, (queue?.items.length ?? 1) - 1)));
    },
    [queue],
  );

  return { queue, index, item: queue?.items[index] ?? null, decide, move, setIndex };
}
