import { useState } from 'react';
import type { AttributeCondition, RetrievalFilters } from '../../../core/api/contracts/retrieval';
import type { DocumentItem } from '../../app/workspace-store';
import { useI18n } from '../../i18n/LanguageProvider';
import { AttributeConditionForm } from './AttributeConditionForm';
import type { CaseItem, CoderItem, VariableItem } from './use-retrieval-data';

interface FilterChipsProps {
  filters: RetrievalFilters;
  onChange: (filters: RetrievalFilters) => void;
  documents: readonly DocumentItem[];
  cases: readonly CaseItem[];
  coders: readonly CoderItem[];
  variables: readonly VariableItem[];
}

type ListKey = 'documentIds' | 'caseIds' | 'coderIds';

/** Filters as removable chips, with pickers for documents, cases, coders and attributes. */
export function FilterChips(props: FilterChipsProps) {
  const { filters, onChange, documents, cases, coders, variables } = props;
  const { t } = useI18n();
  const [adding, setAdding] = useState<'documents' | 'cases' | 'coders' | 'attribute' | null>(null);
  const toggle = (key: ListKey, id: string): void => {
    const list = filters[key] ?? [];
    const next = list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
    onChange({ ...filters, [key]: next });
  };
  const names = {
    documentIds: new Map(documents.map((d) => [d.id, d.title])),
    caseIds: new Map(cases.map((c) => [c.id, c.name])),
    coderIds: new Map(coders.map((c) => [c.id, c.name])),
  };
  const chipLabel = {
    documentIds: 'retrieval.filter.document',
    caseIds: 'retrieval.filter.case',
    coderIds: 'retrieval.filter.coder',
  } as const;
  const chips = (['documentIds', 'caseIds', 'coderIds'] as const).flatMap((key) =>
    (filters[key] ?? []).map((id) => ({
      key: `${key}:${id}`,
      label: t(chipLabel[key], { name: names[key].get(id) ?? id }),
      remove: () => {
        toggle(key, id);
      },
    })),
  );
  const attributes = filters.attributes ?? [];
  const variableName = (id: string): string => variables.find((v) => v.id === id)?.name ?? id;
  const attributeLabel = (c: AttributeCondition): string =>
    c.op === 'between'
      ? t('retrieval.cond.betweenChip', {
          name: variableName(c.variableId),
          from: c.value,
          to: c.value2 ?? '',
        })
      : `${variableName(c.variableId)} ${t(`retrieval.cond.${c.op}`)} ${c.value}`;
  attributes.forEach((c, index) => {
    chips.push({
      key: `attribute:${index}`,
      label: attributeLabel(c),
      remove: () => {
        onChange({ ...filters, attributes: attributes.filter((_, i) => i !== index) });
      },
    });
  });
  const picker = (key: ListKey, items: readonly { id: string; name: string }[]) => (
    <div className="retrieval-picker" role="group" aria-label={t(`retrieval.filters.${key}`)}>
      {items.map((item) => (
        <label key={item.id} className="retrieval-check">
          <input
            type="checkbox"
            checked={(filters[key] ?? []).includes(item.id)}
            onChange={() => {
              toggle(key, item.id);
            }}
          />
          {item.name}
        </label>
      ))}
      <button
        type="button"
        onClick={() => {
          setAdding(null);
        }}
      >
        {t('retrieval.done')}
      </button>
    </div>
  );
  return (
    <fieldset className="retrieval-fieldset">
      <legend>{t('retrieval.filters')}</legend>
      {chips.length === 0 ? (
        <p className="hint">{t('retrieval.filters.none')}</p>
      ) : (
        <ul className="retrieval-chips" aria-label={t('retrieval.filters.active')}>
          {chips.map((chip) => (
            <li key={chip.key} className="retrieval-chip">
              <span>{chip.label}</span>
              <button
                type="button"
                className="icon-button"
                aria-label={t('retrieval.filters.remove', { label: chip.label })}
                onClick={chip.remove}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="retrieval-inline">
        {(['documents', 'cases', 'coders', 'attribute'] as const).map((what) => (
          <button
            key={what}
            type="button"
            aria-expanded={adding === what}
            onClick={() => {
              setAdding(adding === what ? null : what);
            }}
          >
            {t(`retrieval.filters.add.${what}`)}
          </button>
        ))}
      </div>
      {adding === 'documents' &&
        picker(
          'documentIds',
          documents.map((d) => ({ id: d.id, name: d.title })),
        )}
      {adding === 'cases' && picker('caseIds', cases)}
      {adding === 'coders' && picker('coderIds', coders)}
      {adding === 'attribute' && (
        <AttributeConditionForm
          variables={variables}
          onAdd={(condition) => {
            onChange({ ...filters, attributes: [...attributes, condition] });
            setAdding(null);
          }}
          onCancel={() => {
            setAdding(null);
          }}
        />
      )}
    </fieldset>
  );
}
