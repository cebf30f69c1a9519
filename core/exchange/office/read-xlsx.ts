import { strFromU8, unzipSync } from 'fflate';

/**
 * Reads back the cell text of each sheet of an .xlsx this module's writer made (inline strings,
 * numbers, booleans): for tests and round-trip checks, not a general spreadsheet reader.
 */
export function readXlsxSheets(bytes: Uint8Array): { name: string; rows: string[][] }[] {
  const files = unzipSync(bytes);
  const workbook = strFromU8(files['xl/workbook.xml'] ?? new Uint8Array());
  const names = [...workbook.matchAll(/<sheet name="([^"]*)"/gu)].map((m) => unescape(m[1] ?? ''));
  return names.map((name, i) => {
    const xml = strFromU8(files[`xl/worksheets/sheet${i + 1}.xml`] ?? new Uint8Array());
    const rows = [...xml.matchAll(/<row r="\d+">(.*?)<\/row>/gsu)].map((row) => {
      const cells: string[] = [];
      for (const c of (row[1] ?? '').matchAll(/<c r="([A-Z]+)\d+"[^>]*>(.*?)<\/c>/gsu)) {
        const index = columnIndex(c[1] ?? 'A');
        const body = c[2] ?? '';
        const text = /<t[^>]*>(.*?)<\/t>/su.exec(body)?.[1] ?? /<v>(.*?)<\/v>/su.exec(body)?.[1];
        while (cells.length < index) cells.push('');
        cells[index] = unescape(text ?? '');
      }
      return cells;
    });
    return { name, rows };
  });
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function unescape(text: string): string {
  return text
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&amp;/gu, '&');
}
