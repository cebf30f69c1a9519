export const MAX_RECENT = 10;

/** Puts `path` first, drops its older entry, and keeps the list short. */
export function addRecent(list: readonly string[], path: string, max = MAX_RECENT): string[] {
  return [path, ...list.filter((entry) => entry !== path)].slice(0, max);
}

/** Reads the stored list leniently: anything malformed counts as no history. */
export function parseRecent(text: string | null): string[] {
  if (text === null) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value)
      ? value.filter((entry): entry is string => typeof entry === 'string').slice(0, MAX_RECENT)
      : [];
  } catch {
    return [];
  }
}
