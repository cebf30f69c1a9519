import { useI18n } from '../../i18n/LanguageProvider';

/** The retrieval view of the workspace's main area. */
export function RetrievalView() {
  const { t } = useI18n();
  return (
    <section className="main-view" aria-labelledby="retrieval-heading">
      <h2 id="retrieval-heading">{t('retrieval.heading')}</h2>
    </section>
  );
}
