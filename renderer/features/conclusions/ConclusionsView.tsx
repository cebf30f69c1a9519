import { useI18n } from '../../i18n/LanguageProvider';

/** The conclusions view of the workspace's main area. */
export function ConclusionsView() {
  const { t } = useI18n();
  return (
    <section className="main-view" aria-labelledby="conclusions-heading">
      <h2 id="conclusions-heading">{t('conclusions.heading')}</h2>
    </section>
  );
}
