import { useId, useState } from 'react';
import { useI18n } from '../../i18n/LanguageProvider';
import { Dialog } from '../../ui/Dialog';
import type { Variable } from './use-matrix';

export const TEMPLATES = [
  'blank',
  'checklist',
  'conceptually-clustered',
  'case-ordered',
  'time-ordered',
  'role-ordered',
] as const;
export type TemplateChoice = (typeof TEMPLATES)[number];

interface NewMatrixDialogProps {
  variables: Variable[];
  onCreate: (input: { name: string; template: TemplateChoice; variableId: string | null }) => void;
  onClose: () => void;
}

/** Names a new matrix and picks what it starts from: blank or a named display. */
export function NewMatrixDialog({ variables, onCreate, onClose }: NewMatrixDialogProps) {
  const { t } = useI18n();
  const hintId = useId();
  const [template, setTemplate] = useState<TemplateChoice>('case-ordered');
  const [name, setName] = useState('');
  const [variableId, setVariableId] = useState('');
  const usesVariable =
    template === 'case-ordered' || template === 'time-ordered' || template === 'role-ordered';
  const suitable = variables.filter((v) =>
    template === 'time-ordered'
      ? v.type === 'date' || v.type === 'number'
      : template === 'role-ordered'
        ? v.type === 'text'
        : true,
  );
  const create = (): void => {
    onCreate({
      name: name.trim() === '' ? t(`matrix.template.${template}`) : name.trim(),
      template,
      variableId: usesVariable && variableId !== '' ? variableId : null,
    });
  };
  return (
    <Dialog
      title={t('matrix.new')}
      onClose={onClose}
      onSubmit={create}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('matrix.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('matrix.create')}
          </button>
        </>
      }
    >
      <label>
        {t('matrix.template')}
        <select
          data-autofocus
          value={template}
          aria-describedby={hintId}
          onChange={(event) => {
            setTemplate(event.target.value as TemplateChoice);
            setVariableId('');
          }}
        >
          {TEMPLATES.map((name) => (
            <option key={name} value={name}>
              {t(`matrix.template.${name}`)}
            </option>
          ))}
        </select>
      </label>
      <p id={hintId} className="hint">
        {t(`matrix.templateHint.${template}`)}
      </p>
      {usesVariable && (
        <label>
          {t('matrix.orderVariable')}
          <select
            value={variableId}
            onChange={(event) => {
              setVariableId(event.target.value);
            }}
          >
            <option value="">{t('matrix.automatic')}</option>
            {suitable.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('matrix.name')}
        <input
          type="text"
          value={name}
          placeholder={t(`matrix.template.${template}`)}
          onChange={(event) => {
            setName(event.target.value);
          }}
        />
      </label>
    </Dialog>
  );
}
