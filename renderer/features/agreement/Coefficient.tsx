import { useI18n } from '../../i18n/LanguageProvider';
import type { AgreementResult } from './use-agreement';

type CoefficientValue = AgreementResult['overall']['alpha'];

/** A coefficient to three decimals, or “n/a” with the reason it is undefined as its title. */
export function Coefficient({
  value,
  percent = false,
}: {
  value: CoefficientValue;
  percent?: boolean;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  if (value.value === null) {
    const reason = t(`agreement.reason.${value.reason ?? 'no_pairable_units'}`);
    return (
      <span className="agreement-na" title={reason} aria-label={reason}>
        {t('agreement.notComputable')}
      </span>
    );
  }
  if (percent) {
    return (
      <>{t('agreement.percent', { value: i18n.number(Math.round(value.value * 1000) / 10) })}</>
    );
  }
  const tone = value.value >= 0.8 ? 'good' : value.value >= 0.667 ? 'fair' : 'low';
  return (
    <span className={`agreement-value agreement-${tone}`}>
      {i18n.number(Math.round(value.value * 1000) / 1000)}
    </span>
  );
}
