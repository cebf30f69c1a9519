import { useI18n } from '../../i18n/LanguageProvider';

/** The matrix view of the workspace's main area. */
export function MatrixView() {
  const { t } = useI18n();
  return (
    <section className="main-view" aria-labelledby="matrix-heading">
      <h2 id="matrix-heading">{t('matrix.heading')}</h2>
    </section>
  );
}
