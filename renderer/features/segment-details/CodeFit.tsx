import type { CodeItem } from '../../app/workspace-store';
import { useI18n } from '../../i18n/LanguageProvider';

const FIELDS = ['definition', 'inclusion', 'exclusion', 'example'] as const;

/** Each code's definition, folded, so the coder can check that the passage fits it. */
export function CodeFit({ codes }: { codes: readonly CodeItem[] }) {
  const { t } = useI18n();
  return (
    <div className="code-fit">
      {codes.map((code) => {
        const filled = FIELDS.filter((f) => code[f].trim() !== '');
        return (
          <details key={code.id}>
            <summary>
              <span className="chip-swatch" style={{ background: code.color }} aria-hidden="true" />
              {code.name}
            </summary>
            {filled.length === 0 ? (
              <p className="segment-muted">{t('segmentDetails.noDefinition')}</p>
            ) : (
              <dl>
                {filled.map((field) => (
                  <div key={field}>
                    <dt>{t(`segmentDetails.${field}`)}</dt>
                    <dd>{code[field]}</dd>
                  </div>
                ))}
              </dl>
            )}
          </details>
        );
      })}
    </div>
  );
}
