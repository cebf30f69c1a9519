/**
 * Normalises a declared language to the short BCP 47 tag Telaah stores: `id-ID` → `id`,
 * `en_US` → `en`. Returns null for anything that is not a language tag.
 */
export function normalizeLanguage(declared: string | null | undefined): string | null {
  if (declared === null || declared === undefined) return null;
  const match = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*\s*$/i.exec(declared);
  return match?.[1] === undefined ? null : match[1].toLowerCase();
}
