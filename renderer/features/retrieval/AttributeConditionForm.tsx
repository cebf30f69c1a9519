import { useState } from 'react';
import type { AttributeCondition } from '../../../core/api/contracts/retrieval';
import { useI18n } from '../../i18n/LanguageProvider';
import type { VariableItem } from './use-retrieval-data';

type ConditionOp = AttributeCondition['op'];

/** Which comparisons make sense for each variable type. */
const OPS_BY_TYPE: Record<VariableItem['type'], ConditionOp[]> = {
  text: ['eq', 'ne', 'contains', 'lt', 'gt', 'between'],
  number: ['eq', 'ne', 'lt', 'gt', 'between'],
  date: ['eq', 'ne', 'lt', 'gt', 'between'],
  boolean: ['eq', 'ne'],
};

const INPUT_TYPE: Record<VariableItem['type'], string> = {
  text: 'text',
  number: 'number',
  date: 'date',
  boolean: 'text',
};

interface AttributeConditionFormProps {
  variables: readonly VariableItem[];
  onAdd: (condition: AttributeCondition) => void;
  onCancel: () => void;
}

/** Picks a document or case attribute, a typed comparison and its value(s). */
export function AttributeConditionForm({
  variables,
  onAdd,
  onCancel,
}: AttributeConditionFormProps) {
  const { t } = useI18n();
  const [variableId, setVariableId] = useState(variables[0]?.id ?? '');
  const variable = variables.find((v) => v.id === variableId);
  const ops = variable ? OPS_BY_TYPE[variable.type] : [];
  const [op, setOp] = useState<ConditionOp>('eq');
  const [value, setValue] = useState('');
  const [value2, setValue2] = useState('');
  if (variables.length === 0) {
    return <p className="hint">{t('retrieval.cond.noVariables')}</p>;
  }
  const inputType = variable ? INPUT_TYPE[variable.type] : 'text';
  const canAdd = value.trim() !== '' && (op !== 'between' || value2.trim() !== '');
  return (
    <div
      className="retrieval-picker"
      role="group"
      aria-label={t('retrieval.filters.add.attribute')}
    >
      <label className="retrieval-field">
        <span className="retrieval-label">{t('retrieval.cond.variable')}</span>
        <select
          value={variableId}
          onChange={(event) => {
            setVariableId(event.target.value);
            setOp('eq');
          }}
        >
          {variables.map((v) => (
            <option key={v.id} value={v.id}>
              {t(
                v.scope === 'case' ? 'retrieval.cond.caseVariable' : 'retrieval.cond.docVariable',
                {
                  name: v.name,
                },
              )}
            </option>
          ))}
        </select>
      </label>
      <label className="retrieval-field">
        <span className="retrieval-label">{t('retrieval.cond.op')}</span>
        <select
          value={op}
          onChange={(event) => {
            setOp(event.target.value as ConditionOp);
          }}
        >
          {ops.map((o) => (
            <option key={o} value={o}>
              {t(`retrieval.cond.${o}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="retrieval-field">
        <span className="retrieval-label">{t('retrieval.cond.value')}</span>
        <input
          type={inputType}
          value={value}
          placeholder={variable?.type === 'boolean' ? t('retrieval.cond.yesNo') : undefined}
          onChange={(event) => {
            setValue(event.target.value);
          }}
        />
      </label>
      {op === 'between' && (
        <label className="retrieval-field">
          <span className="retrieval-label">{t('retrieval.cond.value2')}</span>
          <input
            type={inputType}
            value={value2}
            onChange={(event) => {
              setValue2(event.target.value);
            }}
          />
        </label>
      )}
      <div className="retrieval-inline">
        <button
          type="button"
          className="primary"
          disabled={!canAdd}
          onClick={() => {
            onAdd({
              variableId,
              op,
              value: value.trim(),
              ...(op === 'between' ? { value2: value2.trim() } : {}),
            });
          }}
        >
          {t('retrieval.cond.add')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('retrieval.cancel')}
        </button>
      </div>
    </div>
  );
}
