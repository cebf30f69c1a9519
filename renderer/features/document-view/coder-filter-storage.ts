/** Which coders' codings the document view shows, remembered per project file. */
export interface CoderFilter {
  /** Coders whose codings are hidden. */
  hiddenCoderIds: string[];
  /** Only the current coder's codings show (independent coding before an agreement check). */
  blindMode: boolean;
}

export const NO_CODER_FILTER: CoderFilter = { hiddenCoderIds: [], blindMode: false };

const keyOf = (file: string): string => `telaah.coderFilter:${file}`;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The filter saved for this project file, or none (a missing or damaged entry shows everyone). */
export function loadCoderFilter(file: string): CoderFilter {
  const raw = storage()?.getItem(keyOf(file));
  if (!raw) return NO_CODER_FILTER;
  try {
    const value = JSON.parse(raw) as Partial<CoderFilter>;
    const hidden = Array.isArray(value.hiddenCoderIds)
      ? value.hiddenCoderIds.filter((id): id is string => typeof id === 'string')
      : [];
    return { hiddenCoderIds: hidden, blindMode: value.blindMode === true };
  } catch {
    return NO_CODER_FILTER;
  }
}

export function saveCoderFilter(file: string, filter: CoderFilter): void {
  try {
    storage()?.setItem(keyOf(file), JSON.stringify(filter));
  } catch {
    // A full or disabled storage only loses the remembered filter.
  }
}
