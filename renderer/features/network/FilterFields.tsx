import { useId } from 'react';
import { useI18n } from '../../i18n/LanguageProvider';
import type { CooccurrenceConfig, Proximity } from './display-types';
import type { FilterOptions } from './use-filter-options';

type Filterable = Pick<CooccurrenceConfig, 'coderIds' | 'caseIds' | 'proximity' | 'measure'>;

interface FilterFieldsProps<C extends Filterable> {
  config: C;
  options: FilterOptions;
  onChange: (config: C) => void;
}

/** Proximity, measure, coder and case fields shared by the co-occurrence table and the network. */
export function FilterFields<C extends Filterable>({
  config,
  options,
  onChange,
}: FilterFieldsProps<C>) {
  const { t } = useI18n();
  const id = useId();
  const proximity: Proximity = config.proximity ?? { mode: 'overlap' };
  const setProximity = (mode: string): void => {
    const next: Proximity =
      mode === 'near'
        ? { mode: 'near', chars: 200 }
        : mode === 'paragraph'
          ? { mode: 'paragraph' }
          : { mode: 'overlap' };
    onChange({ ...config, proximity: next });
  };
  const only = (value: string): string[] => (value === '' ? [] : [value]);
  return (
    <>
      <label htmlFor={`${id}-proximity`}>
        {t('network.proximity')}
        <select
          id={`${id}-proximity`}
          value={proximity.mode}
          onChange={(e) => {
            setProximity(e.target.value);
          }}
        >
          <option value="overlap">{t('network.proximity.overlap')}</option>
          <option value="near">{t('network.proximity.near')}</option>
          <option value="paragraph">{t('network.proximity.paragraph')}</option>
        </select>
      </label>
      {proximity.mode === 'near' && (
        <label htmlFor={`${id}-chars`}>
          {t('network.chars')}
          <input
            id={`${id}-chars`}
            type="number"
            min={0}
            max={100000}
            step={10}
            value={proximity.chars}
            onChange={(e) => {
              const chars = Math.max(0, Math.round(Number(e.target.value) || 0));
              onChange({ ...config, proximity: { mode: 'near', chars } });
            }}
          />
        </label>
      )}
      <label htmlFor={`${id}-measure`}>
        {t('network.measure')}
        <select
          id={`${id}-measure`}
          value={config.measure}
          onChange={(e) => {
            onChange({ ...config, measure: e.target.value as C['measure'] });
          }}
        >
          <option value="count">{t('network.measure.count')}</option>
          <option value="documents">{t('network.measure.documents')}</option>
          <option value="c">{t('network.measure.c')}</option>
        </select>
      </label>
      <label htmlFor={`${id}-coder`}>
        {t('network.filter.coder')}
        <select
          id={`${id}-coder`}
          value={config.coderIds?.[0] ?? ''}
          onChange={(e) => {
            onChange({ ...config, coderIds: only(e.target.value) });
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
      <label htmlFor={`${id}-case`}>
        {t('network.filter.case')}
        <select
          id={`${id}-case`}
          value={config.caseIds?.[0] ?? ''}
          onChange={(e) => {
            onChange({ ...config, caseIds: only(e.target.value) });
          }}
        >
          <option value="">{t('network.filter.any')}</option>
          {options.cases.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
