import { useI18n } from '../../i18n/LanguageProvider';

/** The exchange panel of the Team view. */
export function ExchangePanel() {
  const { t } = useI18n();
  return (
    <section className="team-panel" aria-labelledby="exchange-heading">
      <h2 id="exchange-heading">{t('exchange.heading')}</h2>
    </section>
  );
}
