import type {
  CodingFilter,
  CooccurrenceMeasure,
  CooccurrenceOptions,
} from './cooccurrence-options';

export interface CooccurrenceConfig extends CooccurrenceOptions {
  measure: CooccurrenceMeasure;
}

/** A point of the network's drawing area (0–1000 × 0–700). */
export interface Point {
  x: number;
  y: number;
}

export interface NetworkConfig extends CooccurrenceOptions {
  /** Edges for co-occurrence at or above this measure value (0 hides none). */
  threshold: number;
  measure: CooccurrenceMeasure;
  showCooccurrence: boolean;
  showLinks: boolean;
  /** Saved node positions by code id; codes without one are placed by the automatic layout. */
  positions: Record<string, Point>;
}

/** What a frequency chart groups its bars by. */
export type ChartGroupBy =
  | { by: 'document' }
  | { by: 'case' }
  /** A document or case variable: one bar per value. */
  | { by: 'variable'; variableId: string };

export type ChartConfig = CodingFilter &
  ChartGroupBy & {
    /** Count codings, or documents with the code. */
    measure: 'codings' | 'documents';
    /** One bar per group with a stack per code, instead of a bar per group × code. */
    stacked: boolean;
  };

/** A display of this feature, as saved in `displays` (config as JSON). */
export type NetworkDisplaySpec =
  | { kind: 'cooccurrence'; config: CooccurrenceConfig }
  | { kind: 'network'; config: NetworkConfig }
  | { kind: 'chart'; config: ChartConfig };

export type NetworkDisplayKind = NetworkDisplaySpec['kind'];

export const NETWORK_DISPLAY_KINDS: readonly NetworkDisplayKind[] = [
  'cooccurrence',
  'network',
  'chart',
];
