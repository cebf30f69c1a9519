/** Quotes one CSV field per RFC 4180 when it holds a comma, quote or line break. */
function field(value: string | number | null): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

/**
 * Builds RFC 4180 CSV with CRLF line ends and a UTF-8 byte-order mark, so spreadsheet programs
 * read Indonesian diacritics correctly; R and pandas skip the mark.
 */
export function toCsv(
  headers: readonly string[],
  rows: readonly (string | number | null)[][],
): string {
  const lines = [headers, ...rows].map((r) => r.map(field).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
