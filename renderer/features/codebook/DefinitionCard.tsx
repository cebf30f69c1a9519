import { useI18n } from '../../i18n/LanguageProvider';
import type { CodeItem } from '../../app/workspace-store';

const FIELDS = ['definition', 'inclusion', 'exclusion', 'example'] as const;

/** The code's meaning beside the text while coding, so the coder can check the fit. */
export function DefinitionCard({ code }: { code: CodeItem }) {
  const { t } = useI18n();
  const filled = FIELDS.filter((field) => code[field].trim() !== '');
  return (
    <section
      className="definition-card"
      aria-label={t('codebook.define.title', { name: code.name })}
    >
      <h3 className="definition-card-title">
        <span className="codebook-swatch" style={{ background: code.color }} aria-hidden="true" />
        {code.path.replaceAll('/', ' / ')}
      </h3>
      {filled.length === 0 ? (
        <p className="definition-card-empty">{t('codebook.card.noDefinition')}</p>
      ) : (
        <dl>
          {filled.map((field) => (
            <div key={field} className={`definition-${field}`}>
              <dt>{t(`codebook.define.${field}`)}</dt>
              <dd>{code[field]}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
