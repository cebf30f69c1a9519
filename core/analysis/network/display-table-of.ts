import type { Ctx } from '../../context';
import type { DisplayTable } from '../display-table';
import { chartSvg } from './chart-svg';
import { codeFrequency } from './code-frequency';
import { cooccurrence } from './cooccurrence';
import type { NetworkDisplaySpec } from './display-config';
import { displayWords, type DisplayLanguage } from './display-words';
import { cellValues, heatmapSvg } from './heatmap-svg';
import { networkGraph } from './network-graph';
import { networkSvg } from './network-svg';
import { shortNumber } from './svg-text';

/** A co-occurrence table, network or chart (saved or not) as a table with its SVG. */
export function displayTableOf(
  ctx: Ctx,
  spec: NetworkDisplaySpec,
  title: string,
  language: DisplayLanguage = 'en',
): DisplayTable {
  const w = displayWords(language);
  if (spec.kind === 'cooccurrence') {
    const table = cooccurrence(ctx, spec.config);
    const values = cellValues(table, spec.config.measure);
    return {
      title,
      kind: 'cooccurrence',
      columns: [w.code, ...table.codes.map((c) => c.path)],
      rows: table.codes.map((c, i) => ({
        label: c.path,
        cells: (values[i] ?? []).map((v, j) => (i === j ? '' : shortNumber(v))),
      })),
      svg: heatmapSvg(table, spec.config.measure, `${title} (${w[spec.config.measure]})`),
    };
  }
  if (spec.kind === 'network') {
    const graph = networkGraph(ctx, spec.config);
    const path = new Map(graph.nodes.map((n) => [n.id, n.path]));
    return {
      title,
      kind: 'network',
      columns: [w.from, w.relation, w.to, w.weight, w.note],
      rows: [
        ...graph.links.map((l) => ({
          label: path.get(l.sourceCodeId) ?? '',
          cells: [l.type, path.get(l.targetCodeId) ?? '', '', l.note],
        })),
        ...graph.edges.map((e) => ({
          label: path.get(e.codeA) ?? '',
          cells: [w.cooccursWith, path.get(e.codeB) ?? '', shortNumber(e.value), ''],
        })),
      ],
      svg: networkSvg(graph, title),
    };
  }
  const chart = codeFrequency(ctx, spec.config);
  const groupHeader = chart.variableName ?? (spec.config.by === 'case' ? w.case : w.document);
  return {
    title,
    kind: 'chart',
    columns: [groupHeader, ...chart.codes.map((c) => c.path), w.total],
    rows: chart.groups.map((g, gi) => ({
      label: g.label === '' ? w.noValue : g.label,
      cells: [
        ...(chart.values[gi] ?? []).map(String),
        String((chart.values[gi] ?? []).reduce((s, v) => s + v, 0)),
      ],
    })),
    svg: chartSvg(chart, spec.config.stacked, {
      title,
      measure: spec.config.measure === 'documents' ? w.documents : w.codings,
      noValue: w.noValue,
    }),
  };
}
