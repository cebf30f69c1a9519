import { useState } from 'react';
import { useWorkspace } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { Dialog } from '../../ui/Dialog';
import { AddCodeCombobox } from './AddCodeCombobox';
import { BoundaryNudger } from './BoundaryNudger';
import { CodeFit } from './CodeFit';
import { EmptyDetails } from './EmptyDetails';
import { quoteContext } from './quote-context';
import { SegmentComments } from './SegmentComments';
import { SegmentMeta } from './SegmentMeta';
import { useSegmentActions } from './use-segment-actions';
import { useSegmentDetail, type Coder, type SegmentDetail } from './use-segment-detail';
import './segment-details.css';

/** The selected segment: its quote, codes, boundaries, the codes' definitions and its memo. */
export function SegmentDetails() {
  const { t } = useI18n();
  const selectedId = useWorkspace((s) => s.selectedSegmentId);
  const { detail, coder } = useSegmentDetail();
  if (!selectedId) return <EmptyDetails />;
  if (!detail)
    return <p className="segment-muted segment-loading">{t('segmentDetails.loading')}</p>;
  return <SegmentView detail={detail} coder={coder} />;
}

function SegmentView({ detail, coder }: { detail: SegmentDetail; coder: Coder | null }) {
  const { t } = useI18n();
  const actions = useSegmentActions(detail.id);
  const allCodes = useWorkspace((s) => s.codes);
  const text = useWorkspace((s) =>
    s.activeDocument?.id === detail.documentId ? s.activeDocument.text : null,
  );
  const [confirming, setConfirming] = useState(false);
  const context = quoteContext(detail.prefix, detail.suffix);
  const codeItems = allCodes.filter((c) => detail.codeIds.includes(c.id));
  return (
    <section className="segment-details" aria-labelledby="segment-details-heading">
      <header>
        <h2 id="segment-details-heading">{t('segmentDetails.heading')}</h2>
        <p className="segment-source">
          <span className="segment-doc">{detail.documentTitle}</span>
          {detail.page && (
            <span className="segment-page">
              {t('segmentDetails.page', { page: detail.page.label ?? detail.page.page })}
            </span>
          )}
        </p>
      </header>
      <blockquote className="segment-quote" data-testid="segment-quote">
        {context.before && (
          <span className="segment-context">
            {context.clippedBefore && '…'}
            {context.before}
          </span>
        )}
        <mark>{detail.quote}</mark>
        {context.after && (
          <span className="segment-context">
            {context.after}
            {context.clippedAfter && '…'}
          </span>
        )}
      </blockquote>
      <h3>{t('segmentDetails.codes')}</h3>
      <ul className="segment-chips" aria-label={t('segmentDetails.codes')}>
        {detail.codes.map((code) => (
          <li key={code.id} className="segment-chip" style={{ borderColor: code.color }}>
            <span className="chip-swatch" style={{ background: code.color }} aria-hidden="true" />
            <span title={code.path}>{code.name}</span>
            {code.reviewState !== 'proposed' && (
              <span
                className={`segment-review segment-review-${code.reviewState}`}
                title={
                  code.reviewerName === null
                    ? undefined
                    : t('segmentDetails.review.by', {
                        state: t(`segmentDetails.review.${code.reviewState}`),
                        reviewer: code.reviewerName,
                      })
                }
              >
                {t(`segmentDetails.review.${code.reviewState}`)}
              </span>
            )}
            <button
              type="button"
              className="chip-remove"
              aria-label={t('segmentDetails.removeCode', { name: code.name })}
              onClick={() => void actions.uncode(code.id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <AddCodeCombobox
        codes={allCodes}
        exclude={detail.codeIds}
        onAdd={(id) => void actions.setCodes([...detail.codeIds, id])}
      />
      <h3>{t('segmentDetails.boundaries')}</h3>
      <BoundaryNudger text={text} range={detail} onResize={(r) => void actions.resize(r)} />
      <h3>{t('segmentDetails.fit')}</h3>
      <CodeFit codes={codeItems} />
      <SegmentMeta detail={detail} coder={coder} />
      <SegmentComments detail={detail} />
      <div className="segment-actions">
        <button type="button" className="cbdialog-button" onClick={actions.memo}>
          {t('segmentDetails.memo')}
        </button>
        <button
          type="button"
          className="cbdialog-button segment-delete"
          onClick={() => {
            setConfirming(true);
          }}
        >
          {t('segmentDetails.delete')}
        </button>
      </div>
      {confirming && (
        <Dialog
          title={t('segmentDetails.delete.title')}
          onClose={() => {
            setConfirming(false);
          }}
          onSubmit={() => {
            setConfirming(false);
            void actions.remove();
          }}
          actions={
            <>
              <button
                type="button"
                className="cbdialog-button"
                onClick={() => {
                  setConfirming(false);
                }}
                data-autofocus
              >
                {t('segmentDetails.cancel')}
              </button>
              <button type="submit" className="cbdialog-button cbdialog-button-danger">
                {t('segmentDetails.delete')}
              </button>
            </>
          }
        >
          <p>
            {detail.codeIds.length === 1
              ? t('segmentDetails.delete.bodyOne')
              : t('segmentDetails.delete.body', { count: detail.codeIds.length })}
          </p>
          <blockquote className="segment-quote">{detail.quote}</blockquote>
        </Dialog>
      )}
    </section>
  );
}
