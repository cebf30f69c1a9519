import { useI18n } from '../../i18n/LanguageProvider';
import { errorText } from '../../i18n/error-text';
import type { ImportEntry } from './use-import';

interface ImportProgressProps {
  entries: ImportEntry[];
  running: boolean;
  onClose: () => void;
}

/** Once a batch is done, the files that failed come first: they are what needs attention. */
function failuresFirst(entries: ImportEntry[]): ImportEntry[] {
  return [
    ...entries.filter((e) => e.status === 'failed'),
    ...entries.filter((e) => e.status !== 'failed'),
  ];
}

/** The batch's progress bar and one result line per file; failures keep their message. */
export function ImportProgress({ entries, running, onClose }: ImportProgressProps) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const number = (n: number): string => i18n.number(n);
  const done = entries.filter((e) => e.status === 'ok' || e.status === 'failed').length;
  const failed = entries.filter((e) => e.status === 'failed').length;
  const statusText = (entry: ImportEntry): string => {
    switch (entry.status) {
      case 'waiting':
        return t('documents.import.waiting');
      case 'uploading':
        return t('documents.import.uploading', {
          percent: number(Math.round(entry.progress * 100)),
        });
      case 'importing':
        return t('documents.import.importing');
      case 'ok':
        return t('documents.import.ok', { title: entry.title ?? entry.name });
      case 'failed':
        return errorText(entry.error, language);
    }
  };
  return (
    <section
      className="import-progress"
      aria-label={t('documents.import.progress')}
      data-testid="import-progress"
    >
      <div className="import-summary">
        <span role="status">
          {running
            ? t('documents.import.running', {
                done: number(done + 1 > entries.length ? done : done + 1),
                total: number(entries.length),
              })
            : t('documents.import.finished', { ok: number(done - failed), failed: number(failed) })}
        </span>
        {!running && (
          <button type="button" className="icon-button" onClick={onClose}>
            {t('documents.import.close')}
          </button>
        )}
      </div>
      <progress max={entries.length} value={done} aria-label={t('documents.import.progress')} />
      <ul className="import-results">
        {(running ? entries : failuresFirst(entries)).map((entry) => (
          <li key={entry.key} className={`import-${entry.status}`} data-status={entry.status}>
            <span className="import-mark" aria-hidden>
              {entry.status === 'ok' ? '✓' : entry.status === 'failed' ? '✕' : '…'}
            </span>
            <span className="import-name">{entry.name}</span>
            <span className="import-status">
              {entry.status === 'failed' && (
                <span className="visually-hidden">{t('documents.import.failed')}: </span>
              )}
              {statusText(entry)}
            </span>
            {entry.status === 'uploading' && (
              <progress max={1} value={entry.progress} aria-hidden />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
