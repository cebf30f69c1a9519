import { useI18n } from '../../i18n/LanguageProvider';

/** The agreement view of the workspace's main area. */
export function AgreementView() {
  const { t } = useI18n();
  return (
    <section className="main-view" aria-labelledby="agreement-heading">
      <h2 id="agreement-heading">{t('agreement.heading')}</h2>
    </section>
  );
}
