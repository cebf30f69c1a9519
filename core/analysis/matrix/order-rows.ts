/** A band of a high/medium/low partition. */
export type Band = 'high' | 'medium' | 'low';

/** A row's sort value: a number, text, or missing (missing rows go last either way). */
export type SortValue = number | string | null;

/** Compares two sort values: numbers numerically, text by locale, missing last. */
export function compareSortValues(a: SortValue, b: SortValue, direction: 'asc' | 'desc'): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const sign = direction === 'asc' ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return sign * (a - b);
  return sign * String(a).localeCompare(String(b), undefined, { numeric: true });
}

/**
 * The order of rows (indexes) by their sort values, ties broken by label; a stable order that
 * depends only on the data.
 */
export function orderRows(
  labels: readonly string[],
  values: readonly SortValue[],
  direction: 'asc' | 'desc',
): number[] {
  return labels
    .map((_, i) => i)
    .sort(
      (a, b) =>
        compareSortValues(values[a] ?? null, values[b] ?? null, direction) ||
        (labels[a] ?? '').localeCompare(labels[b] ?? '', undefined, { numeric: true }),
    );
}

/** The value at quantile q of sorted numbers, interpolated linearly. */
function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const a = sorted[lo] ?? 0;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? a;
  return a + (b - a) * (pos - lo);
}

/**
 * Cut points that split values into thirds; null when every value is the same (nothing stands
 * out, so every row is medium). Equal values always share a band.
 */
export function tertileCuts(values: readonly number[]): { low: number; high: number } | null {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0 || sorted[0] === sorted[sorted.length - 1]) return null;
  return { low: quantile(sorted, 1 / 3), high: quantile(sorted, 2 / 3) };
}

/** The tertile band of a value: above the upper cut is high, at or below the lower cut low. */
export function tertileBand(value: number, cuts: { low: number; high: number } | null): Band {
  if (cuts === null) return 'medium';
  if (value <= cuts.low) return 'low';
  if (value >= cuts.high) return 'high';
  return 'medium';
}

/** The band of a value against user thresholds: at or above `high` is high, below `low` low. */
export function thresholdBand(value: number, cuts: { low: number; high: number }): Band {
  if (value >= cuts.high) return 'high';
  if (value < cuts.low) return 'low';
  return 'medium';
}
