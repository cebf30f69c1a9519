import { useWorkspace } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { MergeFiles } from './MergeFiles';
import { MergeReportView } from './MergeReportView';
import { useMerge } from './use-merge';
import './merge.css';

/** The merge panel of the Team view: choose coders' projects, preview, settle conflicts, merge. */
export function MergePanel() {
  const { t } = useI18n();
  const merge = useMerge();
  const revision = useWorkspace((s) => s.revision);
  const moved = merge.report?.applied === true && merge.mergedAt !== revision;
  const canMerge = merge.report !== null && !merge.report.applied && !merge.busy;
  return (
    <section
      className="team-panel merge-panel"
      aria-labelledby="merge-heading"
      aria-busy={merge.busy}
    >
      <h2 id="merge-heading">{t('merge.heading')}</h2>
      <p className="merge-intro">{t('merge.intro')}</p>
      <MergeFiles
        files={merge.files}
        onAdd={merge.addFile}
        onRemove={merge.removeFile}
        onError={merge.fail}
      />
      <div className="merge-actions">
        <button
          type="button"
          disabled={merge.files.length === 0 || merge.busy}
          onClick={() => void merge.preview()}
        >
          {t('merge.preview')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={!canMerge}
          onClick={() => void merge.apply()}
        >
          {t('merge.apply')}
        </button>
        {merge.busy && (
          <span className="merge-muted" role="status">
            {t('merge.busy')}
          </span>
        )}
      </div>
      {merge.error !== null && (
        <p className="merge-error" role="alert">
          {merge.error}
        </p>
      )}
      {moved && (
        <p className="merge-muted" role="status">
          {t('merge.changedSince')}
        </p>
      )}
      {merge.report !== null && (
        <MergeReportView report={merge.report} choices={merge.choices} onChoose={merge.choose} />
      )}
    </section>
  );
}
