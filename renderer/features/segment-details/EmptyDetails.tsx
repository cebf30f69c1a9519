import { useI18n } from '../../i18n/LanguageProvider';

/** What the panel says before a segment is selected: how coding works. */
export function EmptyDetails() {
  const { t } = useI18n();
  return (
    <div className="segment-empty">
      <h2>{t('segmentDetails.empty.heading')}</h2>
      <p>{t('segmentDetails.empty.intro')}</p>
      <ol>
        <li>{t('segmentDetails.empty.step1')}</li>
        <li>{t('segmentDetails.empty.step2')}</li>
        <li>{t('segmentDetails.empty.step3')}</li>
      </ol>
    </div>
  );
}
