const NUMBERED = /^(\d+(?:\.\d+)+)\.?\s+\p{Lu}/u;

/**
 * The heading level a line's wording alone suggests: numbered sections (`3.2.1 Identitas` is
 * level 3) and short all-capital lines (`PENDAHULUAN`, level 1). Null for anything else.
 */
export function textHeadingLevel(text: string): number | null {
  const trimmed = text.trim();
  if (/[.,;:]$/u.test(trimmed) || trimmed.split(/\s+/u).length > 10) return null;
  const numbered = NUMBERED.exec(trimmed);
  if (numbered) return Math.min(6, (numbered[1] ?? '').split('.').length);
  const letters = trimmed.replace(/[^\p{L}]/gu, '');
  if (
    letters.length >= 4 &&
    letters === letters.toUpperCase() &&
    letters !== letters.toLowerCase()
  ) {
    return trimmed.split(/\s+/u).length <= 8 ? 1 : null;
  }
  return null;
}
