import type { FrequencyChart } from './code-frequency';
import { clip, esc, SVG_FONT, textWidth } from './svg-text';

const WIDTH = 720;
const BAR = 18;
const GAP = 10;

/** Words the chart prints around the data, in the reader's language. */
export interface ChartWords {
  title: string;
  /** The value axis, e.g. "Codings". */
  measure: string;
  /** The label of documents without a value of the variable. */
  noValue: string;
}

/** A horizontal bar chart as a standalone SVG: one bar per group × code, or one stack per group. */
export function chartSvg(chart: FrequencyChart, stacked: boolean, words: ChartWords): string {
  const labels = chart.groups.map((g) => clip(g.label === '' ? words.noValue : g.label, 36));
  const left = 20 + Math.max(60, ...labels.map((l) => textWidth(l)));
  const legendRows = legendLayout(chart, left);
  const top = 44 + legendRows.height;
  const plotWidth = WIDTH - left - 60;
  const totals = chart.values.map((row) => row.reduce((s, v) => s + v, 0));
  const max = Math.max(1, ...(stacked ? totals : chart.values.flat()));
  const groupHeight = stacked ? BAR : BAR * Math.max(1, chart.codes.length);
  const height = top + chart.groups.length * (groupHeight + GAP) + 40;
  const scale = (v: number): number => (v / max) * plotWidth;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" ${SVG_FONT} font-size="12">`,
    `<title>${esc(words.title)}</title>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="16" y="24" font-size="15" font-weight="600" fill="#1f2933">${esc(words.title)}</text>`,
    ...legendRows.parts,
  ];
  chart.groups.forEach((_, gi) => {
    const label = labels[gi] ?? '';
    const row = chart.values[gi] ?? [];
    const y0 = top + gi * (groupHeight + GAP);
    parts.push(
      `<text x="${left - 8}" y="${y0 + groupHeight / 2 + 4}" text-anchor="end" fill="#1f2933">${esc(label)}</text>`,
    );
    let x = left;
    chart.codes.forEach((code, ci) => {
      const v = row[ci] ?? 0;
      const tip = `<title>${esc(`${label} · ${code.path}: ${v}`)}</title>`;
      if (stacked) {
        if (v === 0) return;
        const w = scale(v);
        parts.push(
          `<rect x="${x.toFixed(1)}" y="${y0}" width="${w.toFixed(1)}" height="${BAR}" fill="${esc(code.color)}" stroke="#ffffff">${tip}</rect>`,
        );
        x += w;
        return;
      }
      const y = y0 + ci * BAR;
      parts.push(
        `<rect x="${left}" y="${y + 2}" width="${scale(v).toFixed(1)}" height="${BAR - 4}" fill="${esc(code.color)}">${tip}</rect>`,
        `<text x="${(left + scale(v) + 4).toFixed(1)}" y="${y + BAR / 2 + 4}" fill="#1f2933">${v}</text>`,
      );
    });
    if (stacked) {
      parts.push(
        `<text x="${(x + 4).toFixed(1)}" y="${y0 + BAR / 2 + 4}" fill="#1f2933">${totals[gi] ?? 0}</text>`,
      );
    }
  });
  const axisY = height - 28;
  parts.push(
    `<line x1="${left}" y1="${top - 4}" x2="${left}" y2="${axisY}" stroke="#52606d"/>`,
    `<line x1="${left}" y1="${axisY}" x2="${left + plotWidth}" y2="${axisY}" stroke="#52606d"/>`,
    `<text x="${left}" y="${axisY + 16}" fill="#52606d">0</text>`,
    `<text x="${left + plotWidth}" y="${axisY + 16}" text-anchor="end" fill="#52606d">${max}</text>`,
    `<text x="${left + plotWidth / 2}" y="${axisY + 16}" text-anchor="middle" fill="#52606d">${esc(words.measure)}</text>`,
    '</svg>',
  );
  return parts.join('\n');
}

/** Code swatches wrapped into rows under the title. */
function legendLayout(chart: FrequencyChart, left: number): { parts: string[]; height: number } {
  const parts: string[] = [];
  let x = left;
  let row = 0;
  for (const code of chart.codes) {
    const label = clip(code.path, 30);
    const w = 18 + textWidth(label) + 14;
    if (x + w > WIDTH - 16 && x > left) {
      x = left;
      row += 1;
    }
    const y = 40 + row * 20;
    parts.push(
      `<rect x="${x}" y="${y}" width="12" height="12" fill="${esc(code.color)}"/>`,
      `<text x="${x + 16}" y="${y + 10}" fill="#1f2933">${esc(label)}</text>`,
    );
    x += w;
  }
  return { parts, height: (row + 1) * 20 + 8 };
}
