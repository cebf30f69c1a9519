import type { EventRecord } from '../events/list-events';

const QUOTE_CHARS = 60;

/**
 * What a group changed, in a few words for a toast: the quote of the first segment it touched,
 * else the name or title of the first code, memo, variable or case. Null when nothing fits.
 */
export function groupLabel(events: readonly EventRecord[]): string | null {
  const rows = events.map((e) => (e.after ?? e.before) as Record<string, unknown> | null);
  for (const row of rows) {
    const quote = row?.quote;
    if (typeof quote === 'string') {
      const flat = quote.replace(/\s+/gu, ' ');
      return flat.length > QUOTE_CHARS ? `${flat.slice(0, QUOTE_CHARS - 1)}…` : flat;
    }
  }
  for (const row of rows) {
    const name = row?.name ?? row?.title;
    if (typeof name === 'string' && name !== '') return name;
  }
  return null;
}
