import { useI18n } from '../../i18n/LanguageProvider';

/** The network view of the workspace's main area. */
export function NetworkView() {
  const { t } = useI18n();
  return (
    <section className="main-view" aria-labelledby="network-heading">
      <h2 id="network-heading">{t('network.heading')}</h2>
    </section>
  );
}
