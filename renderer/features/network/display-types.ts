import type { Output } from '../../../core/api/contract';

export type NetworkDisplay = Output<'networkDisplays.list'>[number];
export type DisplayKind = NetworkDisplay['kind'];
export type CooccurrenceConfig = Extract<NetworkDisplay, { kind: 'cooccurrence' }>['config'];
export type NetworkConfig = Extract<NetworkDisplay, { kind: 'network' }>['config'];
export type ChartConfig = Extract<NetworkDisplay, { kind: 'chart' }>['config'];
export type Proximity = NonNullable<CooccurrenceConfig['proximity']>;

/** The settings of each kind of display, as the view edits them. */
export interface Configs {
  cooccurrence: CooccurrenceConfig;
  network: NetworkConfig;
  chart: ChartConfig;
}

export type DisplaySpec =
  | { kind: 'cooccurrence'; config: CooccurrenceConfig }
  | { kind: 'network'; config: NetworkConfig }
  | { kind: 'chart'; config: ChartConfig };

export const DEFAULT_CONFIGS: Configs = {
  cooccurrence: { measure: 'count', proximity: { mode: 'overlap' } },
  network: {
    measure: 'count',
    proximity: { mode: 'overlap' },
    threshold: 1,
    showCooccurrence: true,
    showLinks: true,
    positions: {},
  },
  chart: { by: 'document', measure: 'codings', stacked: true },
};

/** The spec of the display a tab shows. */
export function specOf(kind: DisplayKind, configs: Configs): DisplaySpec {
  if (kind === 'cooccurrence') return { kind, config: configs.cooccurrence };
  if (kind === 'network') return { kind, config: configs.network };
  return { kind, config: configs.chart };
}
