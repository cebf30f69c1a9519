import { useEffect, useId, useState } from 'react';
import type { Output } from '../../../core/api/contract';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { CodePicker } from './CodePicker';
import type { ChartConfig } from './display-types';
import type { FilterOptions } from './use-filter-options';

interface ChartPanelProps {
  config: ChartConfig;
  name: string;
  options: FilterOptions;
  onChange: (config: ChartConfig) => void;
}

/** Code frequency by document, case or attribute: the bar chart and its data as a table. */
export function ChartPanel({ config, name, options, onChange }: ChartPanelProps) {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const { t, number, language } = useI18n();
  const id = useId();
  const revision = useWorkspace((s) => s.revision);
  const [chart, setChart] = useState<Output<'charts.frequency'> | null>(null);
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([
      client.call('charts.frequency', config),
      client.call('networkDisplays.export', {
        kind: 'chart',
        config,
        name,
        format: 'svg',
        language,
      }),
    ])
      .then(([data, file]) => {
        if (!live) return;
        setChart(data);
        setSvg(file.base64);
      })
      .catch(store.fail);
    return () => {
      live = false;
    };
  }, [client, store, config, name, language, revision]);
  const groupValue = config.by === 'variable' ? `variable:${config.variableId}` : config.by;
  const setGroup = (value: string): void => {
    const base = {
      measure: config.measure,
      stacked: config.stacked,
      ...(config.codeIds === undefined ? {} : { codeIds: config.codeIds }),
      ...(config.coderIds === undefined ? {} : { coderIds: config.coderIds }),
    };
    if (value.startsWith('variable:'))
      onChange({ ...base, by: 'variable', variableId: value.slice(9) });
    else onChange({ ...base, by: value === 'case' ? 'case' : 'document' });
  };
  const groupHeader =
    chart?.variableName ??
    (config.by === 'case' ? t('network.chart.byCase') : t('network.chart.byDocument'));

  return (
    <div className="network-panel">
      <div className="network-options">
        <label htmlFor={`${id}-by`}>
          {t('network.chart.by')}
          <select
            id={`${id}-by`}
            value={groupValue}
            onChange={(e) => {
              setGroup(e.target.value);
            }}
          >
            <option value="document">{t('network.chart.byDocument')}</option>
            <option value="case">{t('network.chart.byCase')}</option>
            {options.variables.map((v) => (
              <option key={v.id} value={`variable:${v.id}`}>
                {t('network.chart.byVariable', { name: v.name })}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={`${id}-measure`}>
          {t('network.chart.measure')}
          <select
            id={`${id}-measure`}
            value={config.measure}
            onChange={(e) => {
              onChange({
                ...config,
                measure: e.target.value === 'documents' ? 'documents' : 'codings',
              });
            }}
          >
            <option value="codings">{t('network.chart.codings')}</option>
            <option value="documents">{t('network.chart.documents')}</option>
          </select>
        </label>
        <label htmlFor={`${id}-coder`}>
          {t('network.filter.coder')}
          <select
            id={`${id}-coder`}
            value={config.coderIds?.[0] ?? ''}
            onChange={(e) => {
              onChange({ ...config, coderIds: e.target.value === '' ? [] : [e.target.value] });
            }}
          >
            <option value="">{t('network.filter.any')}</option>
            {options.coders.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="network-check">
          <input
            type="checkbox"
            checked={config.stacked}
            onChange={(e) => {
              onChange({ ...config, stacked: e.target.checked });
            }}
          />
          {t('network.chart.stacked')}
        </label>
        <CodePicker
          codeIds={config.codeIds}
          onChange={(codeIds) => {
            onChange({ ...config, codeIds });
          }}
        />
      </div>
      {chart === null && <p className="network-muted">{t('network.loading')}</p>}
      {chart?.groups.length === 0 && <p className="network-muted">{t('network.chart.empty')}</p>}
      {chart !== null && chart.groups.length > 0 && svg !== null && (
        <>
          <div className="network-scroll">
            <img
              className="network-chart"
              src={`data:image/svg+xml;base64,${svg}`}
              alt={t('network.chart.image')}
            />
          </div>
          <details className="network-chart-data">
            <summary>{t('network.chart.table')}</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">{groupHeader}</th>
                  {chart.codes.map((c) => (
                    <th scope="col" key={c.id}>
                      {c.path}
                    </th>
                  ))}
                  <th scope="col">{t('network.chart.total')}</th>
                </tr>
              </thead>
              <tbody>
                {chart.groups.map((g, gi) => (
                  <tr key={g.key}>
                    <th scope="row">{g.label === '' ? t('network.chart.noValue') : g.label}</th>
                    {(chart.values[gi] ?? []).map((v, ci) => (
                      <td key={chart.codes[ci]?.id ?? ci}>{number(v)}</td>
                    ))}
                    <td>{number((chart.values[gi] ?? []).reduce((s, v) => s + v, 0))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </div>
  );
}
