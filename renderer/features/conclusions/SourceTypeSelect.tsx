import { useEffect, useId, useState } from 'react';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';

/** Which document attribute names each document's source type, for triangulation. */
export function SourceTypeSelect({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (variableId: string | undefined) => void;
}) {
  const { client } = useClient();
  const { t } = useI18n();
  const revision = useWorkspace((s) => s.revision);
  const fieldId = useId();
  const [variables, setVariables] = useState<{ id: string; name: string }[]>([]);
  useEffect(() => {
    let live = true;
    client
      .call('report.sources', {})
      .then((sources) => {
        if (live) setVariables(sources.documentVariables);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [client, revision]);
  return (
    <p className="cn-tri-source">
      <label htmlFor={fieldId}>{t('conclusions.tri.sourceFrom')}</label>{' '}
      <select
        id={fieldId}
        value={value ?? ''}
        onChange={(e) => {
          onChange(e.target.value === '' ? undefined : e.target.value);
        }}
      >
        <option value="">{t('conclusions.tri.sourceDefault')}</option>
        {variables.map((v) => (
          <option key={v.id} value={v.id}>
            {v.name}
          </option>
        ))}
      </select>
    </p>
  );
}
