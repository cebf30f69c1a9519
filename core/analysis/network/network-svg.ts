import { LAYOUT_HEIGHT, LAYOUT_WIDTH } from './force-layout';
import { nodeRadius, rimToRim } from './network-geometry';
import type { NetworkGraph } from './network-graph';
import { clip, esc, shortNumber, SVG_FONT } from './svg-text';

/** A network as a standalone SVG: nodes in code colours, co-occurrence lines, typed arrows. */
export function networkSvg(graph: NetworkGraph, title: string): string {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const maxCodings = Math.max(0, ...graph.nodes.map((n) => n.codings));
  const maxValue = Math.max(0, ...graph.edges.map((e) => e.value));
  const radius = (id: string): number => nodeRadius(byId.get(id)?.codings ?? 0, maxCodings);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${LAYOUT_WIDTH}" height="${LAYOUT_HEIGHT}" viewBox="0 0 ${LAYOUT_WIDTH} ${LAYOUT_HEIGHT}" ${SVG_FONT} font-size="12">`,
    `<title>${esc(title)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="#7b3294"/></marker></defs>',
    `<rect width="${LAYOUT_WIDTH}" height="${LAYOUT_HEIGHT}" fill="#ffffff"/>`,
    `<text x="16" y="24" font-size="15" font-weight="600" fill="#1f2933">${esc(title)}</text>`,
  ];
  for (const e of graph.edges) {
    const a = byId.get(e.codeA);
    const b = byId.get(e.codeB);
    if (a === undefined || b === undefined) continue;
    const w = maxValue > 0 ? 1 + (5 * e.value) / maxValue : 1;
    parts.push(
      `<line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke="#9aa5b1" stroke-width="${w.toFixed(1)}"><title>${esc(`${a.path} — ${b.path}: ${shortNumber(e.value)}`)}</title></line>`,
    );
  }
  const seen = new Map<string, number>();
  for (const l of graph.links) {
    const a = byId.get(l.sourceCodeId);
    const b = byId.get(l.targetCodeId);
    if (a === undefined || b === undefined) continue;
    const pairKey = [l.sourceCodeId, l.targetCodeId].sort().join('|');
    const nth = seen.get(pairKey) ?? 0;
    seen.set(pairKey, nth + 1);
    const s = rimToRim(a, b, radius(a.id), radius(b.id), nth * 14);
    const mx = (s.x1 + s.x2) / 2;
    const my = (s.y1 + s.y2) / 2;
    parts.push(
      `<line x1="${s.x1}" y1="${s.y1}" x2="${s.x2}" y2="${s.y2}" stroke="#7b3294" stroke-width="2" marker-end="url(#arrow)"><title>${esc(`${a.path} ${l.type} ${b.path}${l.note === '' ? '' : ` (${l.note})`}`)}</title></line>`,
      `<text x="${mx}" y="${my - 4}" text-anchor="middle" fill="#5a1f6e" font-style="italic" stroke="#ffffff" stroke-width="3" paint-order="stroke">${esc(clip(l.type, 30))}</text>`,
    );
  }
  for (const n of graph.nodes) {
    const r = radius(n.id);
    parts.push(
      `<circle cx="${n.x}" cy="${n.y}" r="${r}" fill="${esc(n.color)}" fill-opacity="0.85" stroke="#1f2933" stroke-width="1.5"><title>${esc(`${n.path}: ${n.codings}`)}</title></circle>`,
      `<text x="${n.x}" y="${n.y + r + 15}" text-anchor="middle" fill="#1f2933" stroke="#ffffff" stroke-width="3" paint-order="stroke">${esc(clip(n.path, 32))}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('\n');
}
