import { useState } from 'react';
import type { Output } from '../../../core/api/contract';
import { useClient } from '../../app/ClientProvider';
import { useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { saveExportedFile } from '../../ui/save-exported-file';

type Received = Output<'review.receive'>;

/** Receiving a reviewed copy back, and exporting the review report. */
export function ReviewTools() {
  const { t, language } = useI18n();
  const { client } = useClient();
  const store = useWorkspaceStore();
  const [path, setPath] = useState('');
  const [received, setReceived] = useState<Received | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const receive = async (): Promise<void> => {
    const result = await client.call('review.receive', { file: path.trim() });
    setReceived(result);
    await store.afterChange();
  };
  const report = async (format: 'html' | 'docx'): Promise<void> => {
    const file = await client.call('review.exportReport', { format, language });
    const where = await saveExportedFile(file);
    if (where !== null) setSaved(where);
  };
  return (
    <div className="review-tools">
      <details className="review-receive">
        <summary>{t('review.receive')}</summary>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (path.trim() !== '') receive().catch(store.fail);
          }}
        >
          <p className="review-muted">{t('review.receive.hint')}</p>
          <label>
            <span>{t('review.receive.path')}</span>
            <input
              type="text"
              value={path}
              placeholder="/home/…/project-reviewed.telaah"
              onChange={(event) => {
                setPath(event.target.value);
              }}
            />
          </label>
          <button type="submit" className="review-button review-primary">
            {t('review.receive.submit')}
          </button>
        </form>
        {received !== null && <ReceivedSummary received={received} />}
      </details>
      <div className="review-report" role="group" aria-label={t('review.report')}>
        <button
          type="button"
          className="review-button"
          onClick={() => {
            report('html').catch(store.fail);
          }}
        >
          {t('review.report.html')}
        </button>
        <button
          type="button"
          className="review-button"
          onClick={() => {
            report('docx').catch(store.fail);
          }}
        >
          {t('review.report.docx')}
        </button>
        {saved !== null && (
          <span role="status" className="review-muted">
            {t('review.saved', { file: saved })}
          </span>
        )}
      </div>
    </div>
  );
}

function ReceivedSummary({ received }: { received: Received }) {
  const { t } = useI18n();
  const nothing = received.decisions.length === 0 && received.comments.length === 0;
  const missing = received.decisionsNotFound + received.commentsNotFound;
  return (
    <div role="status" className="review-received">
      <p>
        {nothing
          ? t('review.received.none')
          : t('review.received', {
              decisions: received.decisions.length,
              comments: received.comments.length,
            })}
        {missing > 0 && ` ${t('review.received.missing', { missing })}`}
      </p>
      {received.decisions.length > 0 && (
        <>
          <h4>{t('review.receivedList')}</h4>
          <ul>
            {received.decisions.map((d) => (
              <li key={d.codingId}>
                <span className={`review-state review-state-${d.after}`}>
                  {t(`review.state.${d.after}`)}
                </span>{' '}
                {d.codeName} · {d.documentTitle}: “{d.quote}” ({d.reviewerName})
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
