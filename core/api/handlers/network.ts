import {
  createCodeLink,
  deleteCodeLink,
  listCodeLinks,
  updateCodeLink,
} from '../../analysis/network/code-links';
import { codeFrequency } from '../../analysis/network/code-frequency';
import { cooccurrence } from '../../analysis/network/cooccurrence';
import { cooccurrenceExcerpts } from '../../analysis/network/cooccurrence-excerpts';
import { exportDisplay } from '../../analysis/network/export-display';
import { forceLayout } from '../../analysis/network/force-layout';
import { networkGraph } from '../../analysis/network/network-graph';
import {
  deleteNetworkDisplay,
  getNetworkDisplay,
  listNetworkDisplays,
  saveNetworkDisplay,
} from '../../analysis/network/network-displays';
import type { AppSession } from '../app-session';
import type { networkContract } from '../contracts/network';
import type { Channel } from '../contract';
import type { Handlers } from '../dispatch';

export type NetworkHandlers = Pick<Handlers, Extract<keyof typeof networkContract, Channel>>;

/** Handlers of the network calls. */
export function networkHandlers(session: AppSession): NetworkHandlers {
  const ctx = () => session.ctx();
  return {
    'cooccurrence.table': (i) => cooccurrence(ctx(), i),
    'cooccurrence.excerpts': ({ codeA, codeB, ...options }) =>
      cooccurrenceExcerpts(ctx(), codeA, codeB, options),
    'codeLinks.list': () => listCodeLinks(ctx()),
    'codeLinks.create': (i) => createCodeLink(ctx(), i),
    'codeLinks.update': ({ id, ...patch }) => updateCodeLink(ctx(), id, patch),
    'codeLinks.delete': (i) => {
      deleteCodeLink(ctx(), i.id);
      return null;
    },
    'network.graph': (i) => networkGraph(ctx(), i),
    'network.layout': ({ config, seed }) => {
      const graph = networkGraph(ctx(), { ...config, positions: {} });
      return forceLayout(
        graph.nodes.map((n) => n.id),
        [
          ...graph.edges.map((e) => ({ a: e.codeA, b: e.codeB, weight: 1 })),
          ...graph.links.map((l) => ({ a: l.sourceCodeId, b: l.targetCodeId, weight: 1 })),
        ],
        { seed: seed ?? 7 },
      );
    },
    'charts.frequency': (i) => codeFrequency(ctx(), i),
    'networkDisplays.list': () => listNetworkDisplays(ctx()),
    'networkDisplays.get': (i) => getNetworkDisplay(ctx(), i.id),
    'networkDisplays.save': (i) => saveNetworkDisplay(ctx(), i),
    'networkDisplays.delete': (i) => {
      deleteNetworkDisplay(ctx(), i.id);
      return null;
    },
    'networkDisplays.export': ({ name, format, language, ...spec }) =>
      exportDisplay(ctx(), spec, name, format, language),
  };
}
