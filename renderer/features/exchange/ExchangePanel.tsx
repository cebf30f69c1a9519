import { useI18n } from '../../i18n/LanguageProvider';
import { ExportSection } from './ExportSection';
import { ImportCodebook } from './ImportCodebook';
import { ImportProject } from './ImportProject';
import './exchange.css';

/** The exchange panel of the Team view: export and import codebooks and whole projects. */
export function ExchangePanel() {
  const { t } = useI18n();
  return (
    <section className="team-panel exchange-panel" aria-labelledby="exchange-heading">
      <h2 id="exchange-heading">{t('exchange.heading')}</h2>
      <p className="hint">{t('exchange.intro')}</p>
      <div className="exchange-grid">
        <div className="exchange-column">
          <ExportSection />
        </div>
        <div className="exchange-column">
          <ImportCodebook />
          <ImportProject />
        </div>
      </div>
    </section>
  );
}
