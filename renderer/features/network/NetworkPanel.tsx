import { useEffect, useMemo, useRef, useState } from 'react';
import type { Output } from '../../../core/api/contract';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { CodePicker } from './CodePicker';
import { FilterFields } from './FilterFields';
import { LinkDialog, type LinkDraft } from './LinkDialog';
import { LinkList } from './LinkList';
import { NetworkCanvas } from './NetworkCanvas';
import type { NetworkConfig } from './display-types';
import type { FilterOptions } from './use-filter-options';

type Graph = Output<'network.graph'>;

interface NetworkPanelProps {
  config: NetworkConfig;
  options: FilterOptions;
  onChange: (config: NetworkConfig) => void;
  /** Reports every node's position (saved or laid out), so saving keeps the picture. */
  onLayout: (positions: NetworkConfig['positions']) => void;
}

/** The code network: options, the canvas, drawing links and the list of links. */
export function NetworkPanel({ config, options, onChange, onLayout }: NetworkPanelProps) {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const { t, number } = useI18n();
  const revision = useWorkspace((s) => s.revision);
  const [graph, setGraph] = useState<Graph | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [draft, setDraft] = useState<Partial<LinkDraft> | null>(null);
  const seed = useRef(7);
  const positions = useRef(config.positions);
  useEffect(() => {
    positions.current = config.positions;
  }, [config.positions]);
  // Dragging changes positions only: the graph is fetched again when anything else changes.
  const query = useMemo(() => JSON.stringify({ ...config, positions: undefined }), [config]);
  useEffect(() => {
    let live = true;
    client
      .call('network.graph', {
        ...(JSON.parse(query) as NetworkConfig),
        positions: positions.current,
      })
      .then((found) => {
        if (!live) return;
        setGraph(found);
        onLayout(
          Object.fromEntries(
            found.nodes.map((n) => [n.id, positions.current[n.id] ?? { x: n.x, y: n.y }]),
          ),
        );
      })
      .catch(store.fail);
    return () => {
      live = false;
    };
  }, [client, store, query, revision, onLayout]);

  const select = (id: string): void => {
    const next = selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id];
    if (next.length === 2) {
      setDraft({ sourceCodeId: next[0], targetCodeId: next[1] });
      setSelected([]);
    } else setSelected(next);
  };
  const create = async (link: LinkDraft): Promise<void> => {
    try {
      await client.call('codeLinks.create', link);
      setDraft(null);
      const name = (id: string) => graph?.nodes.find((n) => n.id === id)?.path ?? '';
      await store.afterChange();
      store.set({
        notice: {
          kind: 'info',
          text: t('network.link.created', {
            source: name(link.sourceCodeId),
            type: link.type.trim(),
            target: name(link.targetCodeId),
          }),
        },
      });
    } catch (error) {
      store.fail(error);
    }
  };
  const autoLayout = async (): Promise<void> => {
    seed.current += 1;
    const placed = await client.call('network.layout', { config, seed: seed.current });
    onChange({ ...config, positions: placed });
  };
  const first =
    selected[0] === undefined ? undefined : graph?.nodes.find((n) => n.id === selected[0]);

  return (
    <div className="network-panel">
      <div className="network-options">
        <FilterFields config={config} options={options} onChange={onChange} />
        <label>
          {t('network.threshold')}
          <input
            type="number"
            min={0}
            step={config.measure === 'c' ? 0.05 : 1}
            value={config.threshold}
            onChange={(e) => {
              onChange({ ...config, threshold: Math.max(0, Number(e.target.value) || 0) });
            }}
          />
        </label>
        <label className="network-check">
          <input
            type="checkbox"
            checked={config.showCooccurrence}
            onChange={(e) => {
              onChange({ ...config, showCooccurrence: e.target.checked });
            }}
          />
          {t('network.showCooccurrence')}
        </label>
        <label className="network-check">
          <input
            type="checkbox"
            checked={config.showLinks}
            onChange={(e) => {
              onChange({ ...config, showLinks: e.target.checked });
            }}
          />
          {t('network.showLinks')}
        </label>
        <CodePicker
          codeIds={config.codeIds}
          onChange={(codeIds) => {
            onChange({ ...config, codeIds });
          }}
        />
      </div>
      <div className="network-actions">
        <button type="button" onClick={() => void autoLayout().catch(store.fail)}>
          {t('network.autoLayout')}
        </button>
        <button
          type="button"
          aria-haspopup="dialog"
          onClick={() => {
            setDraft({});
          }}
        >
          {t('network.drawLink')}
        </button>
        <span className="network-muted" role="status">
          {first ? t('network.selectedFrom', { name: first.path }) : t('network.canvas.hint')}
        </span>
      </div>
      {graph === null && <p className="network-muted">{t('network.loading')}</p>}
      {graph?.nodes.length === 0 && <p className="network-muted">{t('network.noCodes')}</p>}
      {graph !== null && graph.nodes.length > 0 && (
        <>
          <NetworkCanvas
            graph={graph}
            positions={config.positions}
            selected={selected}
            onMove={(id, point) => {
              onChange({ ...config, positions: { ...config.positions, [id]: point } });
            }}
            onSelect={select}
          />
          <p className="network-legend network-muted">
            <span>{t('network.legend.edge')}</span> · <span>{t('network.legend.link')}</span> ·{' '}
            <span>
              {t('network.codes', {
                count: number(graph.nodes.length),
                total: number(graph.nodes.length),
              })}
            </span>
          </p>
          <LinkList graph={graph} />
        </>
      )}
      {draft !== null && (
        <LinkDialog
          initial={draft}
          onCreate={(link) => void create(link)}
          onClose={() => {
            setDraft(null);
          }}
        />
      )}
    </div>
  );
}
