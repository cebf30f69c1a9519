import { TelaahError } from '../errors';
import type { ReliabilityMatrix } from './reliability-matrix';

/**
 * Reads a units × coders reliability matrix from CSV (RFC 4180, comma or semicolon): the first
 * row names the coders, every further row is one unit, and a blank cell is a missing value.
 */
export function parseMatrixCsv(text: string, file: string): ReliabilityMatrix {
  const clean = text.replace(/^\uFEFF/u, '');
  const firstLine = clean.split(/\r?\n/u, 1)[0] ?? '';
  const separator = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const rows = parseCsvRows(clean, separator, file).filter((r) => r.some((c) => c.trim() !== ''));
  const [header, ...body] = rows;
  if (header === undefined || header.length < 2) {
    throw new TelaahError(
      'csv_malformed',
      `${file} needs a first row with at least two coder names.`,
      {
        file,
        detail: 'header',
      },
    );
  }
  const coders = header.map((h) => h.trim());
  const units = body.map((row, i) => {
    if (row.length > coders.length) {
      throw new TelaahError(
        'csv_malformed',
        `Row ${i + 2} of ${file} has more cells than coders.`,
        {
          file,
          detail: `row ${i + 2}`,
        },
      );
    }
    return coders.map((_, j) => {
      const v = (row[j] ?? '').trim();
      return v === '' || v === 'NA' || v === '*' || v === '.' ? null : v;
    });
  });
  return { coders, units };
}

function parseCsvRows(text: string, separator: string, file: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === separator) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (quoted) {
    throw new TelaahError('csv_malformed', `${file} ends inside a quoted cell.`, {
      file,
      detail: 'quote',
    });
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
