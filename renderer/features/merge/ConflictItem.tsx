import { useId } from 'react';
import type { MessageKey } from '../../i18n/create-translator';
import { useI18n } from '../../i18n/LanguageProvider';
import type { MergeChoice, MergeConflict } from './use-merge';

const KINDS = new Set(['code', 'code_path', 'value', 'variable_type', 'case']);
const FIELDS = new Set([
  'path',
  'color',
  'definition',
  'inclusion',
  'exclusion',
  'example',
  'value',
  'type',
  'description',
  'title',
  'bodyText',
]);

interface ConflictItemProps {
  conflict: MergeConflict;
  /** The current choice; null once merged (the resolution is shown instead). */
  choice: MergeChoice | null;
  onChoose: (choice: MergeChoice) => void;
}

/** One conflict: what each side holds, and the choice of what to keep. */
export function ConflictItem({ conflict, choice, onChoose }: ConflictItemProps) {
  const { t } = useI18n();
  const name = useId();
  const kindLabel = KINDS.has(conflict.kind)
    ? t(`merge.kind.${conflict.kind}` as MessageKey)
    : t('merge.kind.other', { entity: t(`merge.entity.${conflict.entity}`) });
  const fields = Object.keys(conflict.ours);
  return (
    <li className="merge-conflict">
      <fieldset>
        <legend>
          <span className="merge-conflict-label">{conflict.label}</span>
          <span className="merge-muted"> · {kindLabel}</span>
        </legend>
        <p className="merge-muted merge-from">
          {t('merge.conflict.from', { file: baseName(conflict.file) })}
        </p>
        <table className="merge-compare">
          <thead>
            <tr>
              <td />
              <th scope="col">{t('merge.side.ours')}</th>
              <th scope="col">{t('merge.side.theirs')}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field}>
                <th scope="row">
                  {FIELDS.has(field)
                    ? t(`merge.field.${field}` as MessageKey)
                    : t('merge.field.other', { field })}
                </th>
                <td>
                  <FieldValue field={field} value={conflict.ours[field]} />
                </td>
                <td>
                  <FieldValue field={field} value={conflict.theirs[field]} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {choice === null ? (
          <p className="merge-resolved">{t(`merge.resolved.${conflict.resolution}`)}</p>
        ) : (
          <div className="merge-choices" role="radiogroup" aria-label={conflict.label}>
            {conflict.choices.map((option) => (
              <label key={option}>
                <input
                  type="radio"
                  name={name}
                  value={option}
                  checked={choice === option}
                  onChange={() => {
                    onChoose(option);
                  }}
                />
                {t(`merge.choice.${option}`)}
              </label>
            ))}
          </div>
        )}
      </fieldset>
    </li>
  );
}

function FieldValue({ field, value }: { field: string; value: unknown }) {
  const { t } = useI18n();
  const text = Array.isArray(value)
    ? value.map(String).join(' / ')
    : value === null || value === undefined
      ? ''
      : typeof value === 'string'
        ? value
        : JSON.stringify(value);
  if (text.trim() === '') return <span className="merge-muted">{t('merge.empty')}</span>;
  if (field === 'color') {
    return (
      <span className="merge-color">
        <span className="merge-swatch" style={{ background: text }} aria-hidden="true" />
        {text}
      </span>
    );
  }
  return <span className="merge-value">{text}</span>;
}

function baseName(file: string): string {
  return file.split(/[\\/]/u).at(-1) ?? file;
}
