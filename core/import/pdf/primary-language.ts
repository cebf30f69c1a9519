/** The primary subtag of a language tag, lower-cased ('id-ID' → 'id', 'EN_us' → 'en'); null if none. */
export function primaryLanguage(tag: string | null): string | null {
  const primary =
    tag
      ?.trim()
      .split(/[-_\s]/u)[0]
      ?.toLowerCase() ?? '';
  return /^[a-z]{2,8}$/u.test(primary) ? primary : null;
}
