import type { PageStart } from './to-canonical-text';

/** The page a text offset falls on, by binary search over the page map; null for unpaged text. */
export function pageAt(
  pageMap: readonly PageStart[] | null,
  offset: number,
): { page: number; label: string | null } | null {
  if (pageMap === null || pageMap.length === 0) return null;
  let lo = 0;
  let hi = pageMap.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const entry = pageMap[mid];
    if (entry !== undefined && entry.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  const hit = pageMap[found] ?? pageMap[0];
  return hit === undefined ? null : { page: hit.page, label: hit.label };
}
