import { useI18n } from '../../i18n/LanguageProvider';
import type { Coder, SegmentDetail } from './use-segment-detail';

/** Who coded the segment and when. */
export function SegmentMeta({ detail, coder }: { detail: SegmentDetail; coder: Coder | null }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <dl className="segment-meta">
      <div>
        <dt>{t('segmentDetails.coder')}</dt>
        <dd>
          {coder && (
            <span className="chip-swatch" style={{ background: coder.color }} aria-hidden="true" />
          )}
          {detail.coderName}
        </dd>
      </div>
      <div>
        <dt>{t('segmentDetails.created')}</dt>
        <dd>{i18n.dateTime(detail.createdAt)}</dd>
      </div>
      {detail.updatedAt !== detail.createdAt && (
        <div>
          <dt>{t('segmentDetails.updated')}</dt>
          <dd>{i18n.dateTime(detail.updatedAt)}</dd>
        </div>
      )}
    </dl>
  );
}
