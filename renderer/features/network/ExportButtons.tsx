import { useI18n } from '../../i18n/LanguageProvider';
import type { ExportFormat } from './use-export-display';

const FORMATS: ExportFormat[] = ['svg', 'png', 'csv', 'xlsx'];

/** One button per export format. */
export function ExportButtons({ onExport }: { onExport: (format: ExportFormat) => void }) {
  const { t } = useI18n();
  return (
    <div className="network-export" role="group" aria-label={t('network.export')}>
      <span className="network-muted">{t('network.export')}</span>
      {FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          onClick={() => {
            onExport(format);
          }}
        >
          {t(`network.export.${format}`)}
        </button>
      ))}
    </div>
  );
}
