import type { Ctx } from '../../context';
import { listCodeLinks, type CodeLink } from './code-links';
import { cooccurrence, type CooccurrenceCode, type CooccurrencePair } from './cooccurrence';
import type { CooccurrenceMeasure } from './cooccurrence-options';
import type { NetworkConfig, Point } from './display-config';
import { forceLayout } from './force-layout';

export interface NetworkNode extends CooccurrenceCode, Point {}

export interface NetworkEdge extends CooccurrencePair {
  /** The edge's value in the network's measure. */
  value: number;
}

/** A network of codes: nodes placed, co-occurrence edges above the threshold, drawn links. */
export interface NetworkGraph {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  links: CodeLink[];
}

/** The value of a pair in a measure. */
export function measureOf(pair: CooccurrencePair, measure: CooccurrenceMeasure): number {
  return measure === 'c' ? pair.c : measure === 'documents' ? pair.documents : pair.count;
}

/**
 * The network a config describes. Nodes keep their saved positions; codes without one are
 * placed by the force layout around them, so the same config always draws the same picture.
 */
export function networkGraph(ctx: Ctx, config: NetworkConfig): NetworkGraph {
  const table = cooccurrence(ctx, config);
  const ids = new Set(table.codes.map((c) => c.id));
  const edges = config.showCooccurrence
    ? table.pairs
        .map((p) => ({ ...p, value: measureOf(p, config.measure) }))
        .filter((e) => e.value > 0 && e.value >= config.threshold)
    : [];
  const links = config.showLinks
    ? listCodeLinks(ctx).filter((l) => ids.has(l.sourceCodeId) && ids.has(l.targetCodeId))
    : [];
  const positions = placeNodes(
    table.codes.map((c) => c.id),
    edges,
    links,
    config.positions,
  );
  return {
    nodes: table.codes.map((c) => ({ ...c, ...(positions[c.id] ?? { x: 0, y: 0 }) })),
    edges,
    links,
  };
}

/** Saved positions, and the force layout for nodes without one. */
export function placeNodes(
  nodeIds: readonly string[],
  edges: readonly NetworkEdge[],
  links: readonly CodeLink[],
  saved: Readonly<Record<string, Point>>,
): Record<string, Point> {
  const kept = nodeIds.flatMap((id) => {
    const p = saved[id];
    return p === undefined ? [] : [[id, p] as const];
  });
  if (kept.length === nodeIds.length) return Object.fromEntries(kept);
  const top = Math.max(1, ...edges.map((e) => e.value));
  return forceLayout(
    nodeIds,
    [
      ...edges.map((e) => ({ a: e.codeA, b: e.codeB, weight: 0.3 + e.value / top })),
      ...links.map((l) => ({ a: l.sourceCodeId, b: l.targetCodeId, weight: 1 })),
    ],
    { seed: 7, fixed: saved },
  );
}
