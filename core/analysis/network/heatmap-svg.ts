import type { CooccurrenceTable } from './cooccurrence';
import type { CooccurrenceMeasure } from './cooccurrence-options';
import { heatColour } from './heat-colour';
import { measureOf } from './network-graph';
import { clip, esc, shortNumber, SVG_FONT, textWidth } from './svg-text';

const CELL = 44;

/** The value of every cell of a co-occurrence table, by code index (symmetric, empty diagonal). */
export function cellValues(table: CooccurrenceTable, measure: CooccurrenceMeasure): number[][] {
  const index = new Map(table.codes.map((c, i) => [c.id, i]));
  const values = table.codes.map(() => table.codes.map(() => 0));
  for (const p of table.pairs) {
    const a = index.get(p.codeA);
    const b = index.get(p.codeB);
    const rowA = values[a ?? -1];
    const rowB = values[b ?? -1];
    if (a === undefined || b === undefined || rowA === undefined || rowB === undefined) continue;
    rowA[b] = rowB[a] = measureOf(p, measure);
  }
  return values;
}

/** A co-occurrence heatmap as a standalone SVG: codes down and across, each cell's value in it. */
export function heatmapSvg(
  table: CooccurrenceTable,
  measure: CooccurrenceMeasure,
  title: string,
): string {
  const labels = table.codes.map((c) => clip(c.path, 28));
  const left = 16 + Math.max(40, ...labels.map((l) => textWidth(l)));
  const top = 40 + Math.max(40, ...labels.map((l) => textWidth(l))) * 0.72;
  const n = table.codes.length;
  // Column labels are rotated 45°: the last ones reach past the grid to the right.
  const width = Math.ceil(
    left + n * CELL + 16 + Math.max(0, ...labels.map((l) => textWidth(l) * 0.72)),
  );
  const height = Math.ceil(top + n * CELL + 16);
  const values = cellValues(table, measure);
  const max = Math.max(0, ...values.flat());
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${SVG_FONT} font-size="12">`,
    `<title>${esc(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="16" y="22" font-size="15" font-weight="600" fill="#1f2933">${esc(title)}</text>`,
  ];
  labels.forEach((label, i) => {
    const y = top + i * CELL + CELL / 2 + 4;
    parts.push(
      `<text x="${left - 8}" y="${y}" text-anchor="end" fill="#1f2933">${esc(label)}</text>`,
    );
    const x = left + i * CELL + CELL / 2;
    parts.push(
      `<text transform="translate(${x + 4} ${top - 8}) rotate(-45)" fill="#1f2933">${esc(label)}</text>`,
    );
  });
  values.forEach((row, i) => {
    row.forEach((value, j) => {
      const x = left + j * CELL;
      const y = top + i * CELL;
      if (i === j) {
        parts.push(
          `<rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" fill="#e4e7eb" stroke="#ffffff"/>`,
        );
        return;
      }
      const colour = heatColour(max > 0 ? value / max : 0);
      parts.push(
        `<rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" fill="${colour.fill}" stroke="#ffffff"><title>${esc(`${table.codes[i]?.path ?? ''} × ${table.codes[j]?.path ?? ''}: ${shortNumber(value)}`)}</title></rect>`,
        `<text x="${x + CELL / 2}" y="${y + CELL / 2 + 4}" text-anchor="middle" fill="${colour.text}">${esc(shortNumber(value))}</text>`,
      );
    });
  });
  parts.push('</svg>');
  return parts.join('\n');
}
