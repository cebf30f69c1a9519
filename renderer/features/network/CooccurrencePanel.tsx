import { useEffect, useState } from 'react';
import type { Output } from '../../../core/api/contract';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { CodePicker } from './CodePicker';
import { ExcerptsDialog } from './ExcerptsDialog';
import { FilterFields } from './FilterFields';
import { Heatmap } from './Heatmap';
import { cooccurrenceQuery } from './cooccurrence-query';
import type { CooccurrenceConfig } from './display-types';
import type { FilterOptions } from './use-filter-options';

interface CooccurrencePanelProps {
  config: CooccurrenceConfig;
  options: FilterOptions;
  onChange: (config: CooccurrenceConfig) => void;
}

/** Options and the heatmap of code co-occurrence; a cell opens its excerpts. */
export function CooccurrencePanel({ config, options, onChange }: CooccurrencePanelProps) {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const { t } = useI18n();
  const revision = useWorkspace((s) => s.revision);
  const [table, setTable] = useState<Output<'cooccurrence.table'> | null>(null);
  const [cell, setCell] = useState<[string, string] | null>(null);
  useEffect(() => {
    let live = true;
    client
      .call('cooccurrence.table', cooccurrenceQuery(config))
      .then((found) => {
        if (live) setTable(found);
      })
      .catch(store.fail);
    return () => {
      live = false;
    };
  }, [client, store, config, revision]);
  const code = (id: string) => table?.codes.find((c) => c.id === id);
  const a = cell ? code(cell[0]) : undefined;
  const b = cell ? code(cell[1]) : undefined;

  return (
    <div className="network-panel">
      <div className="network-options">
        <FilterFields config={config} options={options} onChange={onChange} />
        <CodePicker
          codeIds={config.codeIds}
          onChange={(codeIds) => {
            onChange({ ...config, codeIds });
          }}
        />
      </div>
      <p className="network-muted">{t('network.heatmap.hint')}</p>
      {table === null && <p className="network-muted">{t('network.loading')}</p>}
      {table?.codes.length === 0 && <p className="network-muted">{t('network.noCodes')}</p>}
      {table !== null && table.codes.length > 0 && (
        <div className="network-scroll">
          <Heatmap
            table={table}
            measure={config.measure}
            onOpen={(x, y) => {
              setCell([x, y]);
            }}
          />
        </div>
      )}
      {a !== undefined && b !== undefined && (
        <ExcerptsDialog
          codeA={a}
          codeB={b}
          config={config}
          onClose={() => {
            setCell(null);
          }}
        />
      )}
    </div>
  );
}
