import { useI18n } from '../../i18n/LanguageProvider';

/** The merge panel of the Team view. */
export function MergePanel() {
  const { t } = useI18n();
  return (
    <section className="team-panel" aria-labelledby="merge-heading">
      <h2 id="merge-heading">{t('merge.heading')}</h2>
    </section>
  );
}
