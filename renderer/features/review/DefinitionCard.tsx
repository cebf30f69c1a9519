import { useI18n } from '../../i18n/LanguageProvider';
import type { ReviewItem } from './use-review-queue';

/** The code's definition, inclusion and exclusion criteria and example, beside the excerpt. */
export function DefinitionCard({ code }: { code: ReviewItem['code'] }) {
  const { t } = useI18n();
  const parts = [
    ['review.definition.text', code.definition],
    ['review.inclusion', code.inclusion],
    ['review.exclusion', code.exclusion],
    ['review.example', code.example],
  ] as const;
  const empty = parts.every(([, text]) => text.trim() === '');
  return (
    <aside className="review-definition" aria-labelledby="review-definition-heading">
      <h3 id="review-definition-heading">{t('review.definition')}</h3>
      <p className="review-code">
        <span className="review-swatch" style={{ background: code.color }} aria-hidden="true" />
        {code.path}
      </p>
      {empty ? (
        <p className="review-muted">{t('review.noDefinition')}</p>
      ) : (
        <dl>
          {parts
            .filter(([, text]) => text.trim() !== '')
            .map(([key, text]) => (
              <div key={key}>
                <dt>{t(key)}</dt>
                <dd>{text}</dd>
              </div>
            ))}
        </dl>
      )}
    </aside>
  );
}
