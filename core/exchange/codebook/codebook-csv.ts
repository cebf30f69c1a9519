import type { Ctx } from '../../context';
import { TelaahError } from '../../errors';
import { toCsv } from '../to-csv';
import { normaliseGuid } from '../refi/normalise-guid';
import { listCodebook, type IncomingCode } from './codebook-entry';

const HEADERS = [
  'id',
  'path',
  'name',
  'color',
  'codable',
  'definition',
  'inclusion',
  'exclusion',
  'example',
] as const;

/** The codebook as CSV: one row per code in tree order, its path joined by "/". */
export function exportCodebookCsv(ctx: Ctx): string {
  return toCsv(
    HEADERS,
    listCodebook(ctx).map(({ code, path }) => [
      code.id,
      path.join('/'),
      code.name,
      code.color,
      code.codable ? 'true' : 'false',
      code.definition,
      code.inclusion,
      code.exclusion,
      code.example,
    ]),
  );
}

/**
 * Reads a codebook CSV (ours, or any with a `path` or `name` column; `parent` is also
 * understood). Column names are matched case-insensitively; unknown columns are ignored.
 */
export function parseCodebookCsv(text: string, file: string): IncomingCode[] {
  const rows = parseCsv(text.replace(/^\uFEFF/u, ''), file);
  const header = (rows.shift() ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: string): number => header.indexOf(name);
  const pathCol = col('path');
  const nameCol = col('name');
  if (pathCol < 0 && nameCol < 0) {
    throw new TelaahError('csv_malformed', `“${file}” has neither a path nor a name column.`, {
      file,
      detail: 'it has neither a path nor a name column',
    });
  }
  const cell = (row: string[], name: string): string | undefined => {
    const i = col(name);
    return i < 0 ? undefined : row[i];
  };
  const out: IncomingCode[] = [];
  for (const row of rows) {
    if (row.every((c) => c.trim() === '')) continue;
    const rawPath = pathCol >= 0 ? (row[pathCol] ?? '') : '';
    const parent = cell(row, 'parent') ?? '';
    const names =
      rawPath.trim() !== ''
        ? rawPath.split('/')
        : [...(parent.trim() === '' ? [] : parent.split('/')), row[nameCol] ?? ''];
    const path = names.map((n) => n.trim()).filter((n) => n !== '');
    if (path.length === 0) continue;
    const color = cell(row, 'color')?.trim();
    const codable = cell(row, 'codable')?.trim().toLowerCase();
    out.push({
      guid: normaliseGuid(cell(row, 'id') ?? cell(row, 'guid')),
      path,
      ...(color && /^#[0-9a-f]{6}$/iu.test(color) ? { color } : {}),
      ...(codable === 'true' || codable === 'false' ? { codable: codable === 'true' } : {}),
      definition: cell(row, 'definition') ?? cell(row, 'description') ?? '',
      inclusion: cell(row, 'inclusion') ?? '',
      exclusion: cell(row, 'exclusion') ?? '',
      example: cell(row, 'example') ?? '',
    });
  }
  return withParents(out);
}

/** Adds parents a CSV leaves implicit (a row "a/b" without a row "a"), before their children. */
function withParents(codes: IncomingCode[]): IncomingCode[] {
  const seen = new Set<string>();
  const out: IncomingCode[] = [];
  for (const code of codes) {
    for (let depth = 1; depth < code.path.length; depth += 1) {
      const key = code.path.slice(0, depth).join('/').toLowerCase();
      if (!seen.has(key) && !codes.some((c) => c.path.join('/').toLowerCase() === key)) {
        seen.add(key);
        out.push({ guid: null, path: code.path.slice(0, depth) });
      }
    }
    seen.add(code.path.join('/').toLowerCase());
    out.push(code);
  }
  // parents listed after their children in the file still have to come first
  return out.sort((a, b) => a.path.length - b.path.length);
}

/** RFC 4180 CSV (comma, or the semicolon or tab the header uses): quoted fields may hold line breaks. */
export function parseCsv(text: string, file: string): string[][] {
  const firstLine = text.split('\n', 1)[0] ?? '';
  const delimiter = firstLine.includes(',') ? ',' : firstLine.includes(';') ? ';' : '\t';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (quoted) {
    throw new TelaahError('csv_malformed', `“${file}” has a quoted field that never ends.`, {
      file,
      detail: 'a quoted field never ends',
    });
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
