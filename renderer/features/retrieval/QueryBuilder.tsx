import type { CodeItem } from '../../app/workspace-store';
import { useI18n } from '../../i18n/LanguageProvider';
import { CodeSelect } from './CodeSelect';
import { newStep, type BuilderState, type QueryStep, type StepOperator } from './build-query';

const OPERATORS: StepOperator[] = ['and', 'intersection', 'or', 'not', 'overlapping', 'within'];

interface QueryBuilderProps {
  codes: readonly CodeItem[];
  state: BuilderState;
  onChange: (state: BuilderState) => void;
}

/** A first code, then conditions applied in order: AND, OR, NOT, OVERLAPPING, WITHIN. */
export function QueryBuilder({ codes, state, onChange }: QueryBuilderProps) {
  const { t } = useI18n();
  const setStep = (index: number, patch: Partial<QueryStep>): void => {
    onChange({
      ...state,
      steps: state.steps.map((s, i) => (i === index ? { ...s, ...patch } : s)),
    });
  };
  return (
    <fieldset className="retrieval-fieldset">
      <legend>{t('retrieval.query')}</legend>
      <div className="retrieval-step">
        <CodeSelect
          label={t('retrieval.code')}
          codes={codes}
          value={state.first.codeId}
          onChange={(codeId) => {
            onChange({ ...state, first: { ...state.first, codeId } });
          }}
        />
        <label className="retrieval-check">
          <input
            type="checkbox"
            checked={state.first.includeSubcodes}
            onChange={(event) => {
              onChange({
                ...state,
                first: { ...state.first, includeSubcodes: event.target.checked },
              });
            }}
          />
          {t('retrieval.subcodes')}
        </label>
      </div>
      {state.steps.map((step, index) => (
        <div
          key={index}
          className="retrieval-step retrieval-step-more"
          role="group"
          aria-label={t('retrieval.condition', { n: index + 1 })}
        >
          <label className="retrieval-field">
            <span className="retrieval-label">{t('retrieval.operator')}</span>
            <select
              value={step.op}
              onChange={(event) => {
                setStep(index, { op: event.target.value as StepOperator });
              }}
            >
              {OPERATORS.map((op) => (
                <option key={op} value={op}>
                  {t(`retrieval.op.${op}`)}
                </option>
              ))}
            </select>
          </label>
          <CodeSelect
            label={t('retrieval.code')}
            codes={codes}
            value={step.codeId}
            onChange={(codeId) => {
              setStep(index, { codeId });
            }}
          />
          {step.op === 'within' && (
            <div className="retrieval-inline">
              <label className="retrieval-field retrieval-narrow">
                <span className="retrieval-label">{t('retrieval.distance')}</span>
                <input
                  type="number"
                  min={0}
                  value={step.distance}
                  onChange={(event) => {
                    setStep(index, { distance: Math.max(0, Number(event.target.value) || 0) });
                  }}
                />
              </label>
              <label className="retrieval-field">
                <span className="retrieval-label">{t('retrieval.unit')}</span>
                <select
                  value={step.unit}
                  onChange={(event) => {
                    setStep(index, { unit: event.target.value as QueryStep['unit'] });
                  }}
                >
                  <option value="paragraphs">{t('retrieval.unit.paragraphs')}</option>
                  <option value="characters">{t('retrieval.unit.characters')}</option>
                </select>
              </label>
            </div>
          )}
          <div className="retrieval-inline">
            <label className="retrieval-check">
              <input
                type="checkbox"
                checked={step.includeSubcodes}
                onChange={(event) => {
                  setStep(index, { includeSubcodes: event.target.checked });
                }}
              />
              {t('retrieval.subcodes')}
            </label>
            {step.op !== 'or' && (
              <label className="retrieval-check">
                <input
                  type="checkbox"
                  checked={step.sameCoder}
                  onChange={(event) => {
                    setStep(index, { sameCoder: event.target.checked });
                  }}
                />
                {t('retrieval.sameCoder')}
              </label>
            )}
            <button
              type="button"
              className="icon-button retrieval-remove"
              aria-label={t('retrieval.removeCondition', { n: index + 1 })}
              onClick={() => {
                onChange({ ...state, steps: state.steps.filter((_, i) => i !== index) });
              }}
            >
              ×
            </button>
          </div>
          <p className="hint retrieval-explain">{t(`retrieval.explain.${step.op}`)}</p>
        </div>
      ))}
      <button
        type="button"
        onClick={() => {
          const other = codes.find((c) => c.id !== state.first.codeId) ?? codes[0];
          if (other) onChange({ ...state, steps: [...state.steps, newStep(other.id)] });
        }}
      >
        {t('retrieval.addCondition')}
      </button>
    </fieldset>
  );
}
