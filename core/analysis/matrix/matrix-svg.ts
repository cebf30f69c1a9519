import type { DisplayTable } from '../display-table';

const CELL_W = 120;
const HEAD_W = 200;
const LINE_H = 16;
const PAD = 8;
const MAX_LINES = 6;

/**
 * A display table drawn as SVG: a title, a bold header row and a grid of wrapped text, so it
 * opens in any browser or vector editor and converts to PNG in the renderer.
 */
export function tableToSvg(table: DisplayTable): string {
  const widths = table.columns.map((_, i) => (i === 0 ? HEAD_W : CELL_W));
  const lines = (text: string, width: number): string[] =>
    wrap(text, Math.floor((width - 2 * PAD) / 7));
  const header = table.columns.map((text, i) => lines(text, widths[i] ?? CELL_W));
  const body = table.rows.map((row) =>
    [row.label, ...row.cells].map((text, i) => lines(text, widths[i] ?? CELL_W)),
  );
  const heightOf = (cells: string[][]): number =>
    Math.max(1, ...cells.map((c) => c.length)) * LINE_H + 2 * PAD;
  const titleH = 36;
  const rowHeights = [heightOf(header), ...body.map(heightOf)];
  const width = widths.reduce((a, b) => a + b, 0) + 2;
  const height = titleH + rowHeights.reduce((a, b) => a + b, 0) + 2;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Segoe UI, Noto Sans, Arial, sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="1" y="22" font-size="16" font-weight="600" fill="#1f2430">${escapeXml(table.title)}</text>`,
  ];
  let y = titleH;
  [header, ...body].forEach((cells, r) => {
    const h = rowHeights[r] ?? LINE_H;
    let x = 1;
    cells.forEach((cellLines, c) => {
      const w = widths[c] ?? CELL_W;
      const fill = r === 0 ? '#eef1f6' : c === 0 ? '#f7f8fa' : '#ffffff';
      parts.push(
        `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${fill}" stroke="#c9ced8"/>`,
      );
      cellLines.forEach((line, i) => {
        parts.push(
          `<text x="${x + PAD}" y="${y + PAD + (i + 1) * LINE_H - 4}" fill="#1f2430"${r === 0 || c === 0 ? ' font-weight="600"' : ''}>${escapeXml(line)}</text>`,
        );
      });
      x += w;
    });
    y += h;
  });
  parts.push('</svg>');
  return parts.join('\n');
}

/** Words wrapped to lines of at most `max` characters, at most MAX_LINES lines. */
function wrap(text: string, max: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/u)) {
      const next = line === '' ? word : `${line} ${word}`;
      if (next.length <= max) line = next;
      else {
        if (line !== '') out.push(line);
        line = word.length > max ? `${word.slice(0, max - 1)}…` : word;
      }
    }
    out.push(line);
  }
  if (out.length > MAX_LINES)
    return [...out.slice(0, MAX_LINES - 1), `${out[MAX_LINES - 1] ?? ''}…`];
  return out;
}

function escapeXml(text: string): string {
  return text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;');
}
