import { useCallback, useId, useState, type KeyboardEvent } from 'react';
import { useClient } from '../../app/ClientProvider';
import { useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { ChartPanel } from './ChartPanel';
import { CooccurrencePanel } from './CooccurrencePanel';
import { ExportButtons } from './ExportButtons';
import { NetworkPanel } from './NetworkPanel';
import { SaveDisplayDialog } from './SaveDisplayDialog';
import {
  DEFAULT_CONFIGS,
  specOf,
  type Configs,
  type DisplayKind,
  type NetworkConfig,
} from './display-types';
import { useExportDisplay } from './use-export-display';
import { useFilterOptions } from './use-filter-options';
import { useNetworkDisplays } from './use-network-displays';
import './network.css';

const TABS: DisplayKind[] = ['cooccurrence', 'network', 'chart'];

/** The network view of the workspace's main area: co-occurrence, the code network and charts. */
export function NetworkView() {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const { t } = useI18n();
  const id = useId();
  const displays = useNetworkDisplays();
  const options = useFilterOptions();
  const exportDisplay = useExportDisplay();
  const [tab, setTab] = useState<DisplayKind>('cooccurrence');
  const [configs, setConfigs] = useState<Configs>(DEFAULT_CONFIGS);
  const [openIds, setOpenIds] = useState<Partial<Record<DisplayKind, string>>>({});
  const [saving, setSaving] = useState(false);
  const open = displays.find((d) => d.id === openIds[tab]);
  const name = open?.name ?? t(`network.defaultName.${tab}`);

  const setConfig = <K extends DisplayKind>(kind: K, config: Configs[K]): void => {
    setConfigs((was) => ({ ...was, [kind]: config }));
  };
  const onLayout = useCallback((positions: NetworkConfig['positions']) => {
    setConfigs((was) => ({ ...was, network: { ...was.network, positions } }));
  }, []);
  const choose = (displayId: string): void => {
    const display = displays.find((d) => d.id === displayId);
    if (display === undefined) {
      setOpenIds((was) => ({ ...was, [tab]: undefined }));
      return;
    }
    setConfigs((was) => ({ ...was, [display.kind]: display.config }));
    setOpenIds((was) => ({ ...was, [display.kind]: display.id }));
    setTab(display.kind);
  };
  const save = async (asName: string, asNew: boolean): Promise<void> => {
    try {
      const saved = await client.call('networkDisplays.save', {
        ...specOf(tab, configs),
        name: asName,
        ...(asNew || open === undefined ? {} : { id: open.id }),
      });
      setSaving(false);
      setOpenIds((was) => ({ ...was, [saved.kind]: saved.id }));
      await store.afterChange();
      store.set({ notice: { kind: 'info', text: t('network.savedNotice', { name: saved.name }) } });
    } catch (error) {
      store.fail(error);
    }
  };
  const remove = async (): Promise<void> => {
    if (open === undefined) return;
    await client.call('networkDisplays.delete', { id: open.id });
    setOpenIds((was) => ({ ...was, [tab]: undefined }));
    await store.afterChange();
    store.set({ notice: { kind: 'info', text: t('network.deletedNotice', { name: open.name }) } });
  };
  const onTabKey = (event: KeyboardEvent): void => {
    const at = TABS.indexOf(tab);
    const next =
      event.key === 'ArrowRight' ? at + 1 : event.key === 'ArrowLeft' ? at + TABS.length - 1 : null;
    if (next === null) return;
    event.preventDefault();
    const kind = TABS[next % TABS.length] ?? 'cooccurrence';
    setTab(kind);
    document.getElementById(`${id}-tab-${kind}`)?.focus();
  };

  return (
    <section className="main-view network-view" aria-labelledby="network-heading">
      <header className="network-header">
        <h2 id="network-heading">{t('network.heading')}</h2>
        <p className="network-muted">{t('network.intro')}</p>
      </header>
      <div className="network-bar">
        <label htmlFor={`${id}-saved`}>
          {t('network.saved')}
          <select
            id={`${id}-saved`}
            value={open?.id ?? ''}
            onChange={(e) => {
              choose(e.target.value);
            }}
          >
            <option value="">{t('network.saved.none')}</option>
            {displays.map((d) => (
              <option key={d.id} value={d.id}>
                {`${d.name} (${t(`network.tab.${d.kind}`)})`}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="network-primary"
          onClick={() => {
            if (open === undefined) setSaving(true);
            else void save(open.name, false);
          }}
        >
          {t('network.save')}
        </button>
        <button
          type="button"
          aria-haspopup="dialog"
          onClick={() => {
            setSaving(true);
          }}
        >
          {t('network.saveAs')}
        </button>
        {open !== undefined && (
          <button type="button" onClick={() => void remove().catch(store.fail)}>
            {t('network.delete')}
          </button>
        )}
        <ExportButtons
          onExport={(format) => void exportDisplay(specOf(tab, configs), name, format)}
        />
      </div>
      <div
        className="tabs network-tabs"
        role="tablist"
        aria-label={t('network.tabs')}
        onKeyDown={onTabKey}
      >
        {TABS.map((kind) => (
          <button
            key={kind}
            id={`${id}-tab-${kind}`}
            type="button"
            role="tab"
            aria-selected={tab === kind}
            aria-controls={`${id}-panel`}
            tabIndex={tab === kind ? 0 : -1}
            onClick={() => {
              setTab(kind);
            }}
          >
            {t(`network.tab.${kind}`)}
          </button>
        ))}
      </div>
      <div id={`${id}-panel`} role="tabpanel" aria-labelledby={`${id}-tab-${tab}`}>
        {tab === 'cooccurrence' && (
          <CooccurrencePanel
            config={configs.cooccurrence}
            options={options}
            onChange={(c) => {
              setConfig('cooccurrence', c);
            }}
          />
        )}
        {tab === 'network' && (
          <NetworkPanel
            key={openIds.network ?? 'new'}
            config={configs.network}
            options={options}
            onChange={(c) => {
              setConfig('network', c);
            }}
            onLayout={onLayout}
          />
        )}
        {tab === 'chart' && (
          <ChartPanel
            config={configs.chart}
            name={name}
            options={options}
            onChange={(c) => {
              setConfig('chart', c);
            }}
          />
        )}
      </div>
      {saving && (
        <SaveDisplayDialog
          initialName={name}
          onSave={(asName) => void save(asName, true)}
          onClose={() => {
            setSaving(false);
          }}
        />
      )}
    </section>
  );
}
