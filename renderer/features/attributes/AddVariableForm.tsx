import { useState } from 'react';
import { useClient } from '../../app/ClientProvider';
import { useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { errorText } from '../../i18n/error-text';
import type { VariableType } from './format-value';

const TYPES: VariableType[] = ['text', 'number', 'date', 'boolean'];

/** Defines a new document variable: a name and a type. */
export function AddVariableForm() {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const { t, language } = useI18n();
  const [name, setName] = useState('');
  const [type, setType] = useState<VariableType>('text');
  const [error, setError] = useState<string | null>(null);
  const submit = async (): Promise<void> => {
    try {
      await client.call('variables.define', { name: name.trim(), type, scope: 'document' });
      setName('');
      setError(null);
      await store.afterChange();
    } catch (caught) {
      setError(errorText(caught, language));
    }
  };
  return (
    <form
      className="add-variable"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim() !== '') void submit();
      }}
    >
      <label>
        <span>{t('attributes.add.name')}</span>
        <input
          value={name}
          placeholder={t('attributes.add.placeholder')}
          aria-invalid={error !== null}
          aria-describedby={error === null ? undefined : 'add-variable-error'}
          onChange={(event) => {
            setName(event.target.value);
          }}
        />
      </label>
      <label>
        <span>{t('attributes.add.type')}</span>
        <select
          value={type}
          onChange={(event) => {
            setType(event.target.value as VariableType);
          }}
        >
          {TYPES.map((option) => (
            <option key={option} value={option}>
              {t(`attributes.type.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="primary" disabled={name.trim() === ''}>
        {t('attributes.add.submit')}
      </button>
      {error !== null && (
        <p id="add-variable-error" className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
