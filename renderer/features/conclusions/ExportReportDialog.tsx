import { useEffect, useState } from 'react';
import {
  CONCLUSION_STATUSES,
  type ConclusionStatus,
  type ReportSources,
} from '../../../core/api/contracts/conclusions';
import { useClient } from '../../app/ClientProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { Dialog } from '../../ui/Dialog';
import { saveExportedFile } from '../../ui/save-exported-file';

type Format = 'html' | 'docx' | 'md';

const FORMATS: Format[] = ['html', 'docx', 'md'];

/** Exports the findings report: format, report language, statuses, displays, codebook. */
export function ExportReportDialog({
  onClose,
  sourceVariableId,
}: {
  onClose: () => void;
  /** The attribute the view's triangulation uses, so the report counts the same way. */
  sourceVariableId: string | undefined;
}) {
  const { client } = useClient();
  const { t, language } = useI18n();
  const [format, setFormat] = useState<Format>('html');
  const [reportLanguage, setReportLanguage] = useState<'en' | 'id'>(
    language === 'id' ? 'id' : 'en',
  );
  const [statuses, setStatuses] = useState<Set<ConclusionStatus>>(
    new Set(['tentative', 'supported', 'verified']),
  );
  const [sources, setSources] = useState<ReportSources | null>(null);
  const [displayIds, setDisplayIds] = useState<Set<string>>(new Set());
  const [codebook, setCodebook] = useState(true);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);

  useEffect(() => {
    let live = true;
    client
      .call('report.sources', {})
      .then((found) => {
        if (!live) return;
        setSources(found);
        setDisplayIds(new Set(found.displays.map((d) => d.id)));
      })
      .catch((caught: unknown) => {
        if (live) setMessage({ kind: 'error', text: String(caught) });
      });
    return () => {
      live = false;
    };
  }, [client]);

  const toggle = <T,>(set: Set<T>, value: T): Set<T> => {
    const next = new Set(set);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    return next;
  };

  const run = async (): Promise<void> => {
    setBusy(true);
    setMessage(null);
    try {
      const file = await client.call('report.export', {
        format,
        language: reportLanguage,
        statuses: [...statuses],
        displayIds: (sources?.displays ?? []).filter((d) => displayIds.has(d.id)).map((d) => d.id),
        omitCodebook: !codebook,
        ...(sourceVariableId === undefined ? {} : { sourceVariableId }),
      });
      const saved = await saveExportedFile(file);
      if (saved !== null)
        setMessage({ kind: 'done', text: t('conclusions.export.saved', { file: saved }) });
    } catch (caught) {
      setMessage({
        kind: 'error',
        text: caught instanceof Error ? caught.message : String(caught),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('conclusions.export.title')}
      onClose={onClose}
      onSubmit={() => void run()}
      actions={
        <>
          <button type="button" className="cbdialog-button" onClick={onClose}>
            {t('conclusions.close')}
          </button>
          <button
            type="submit"
            className="cbdialog-button cbdialog-button-primary"
            disabled={busy || statuses.size === 0}
          >
            {t('conclusions.export.run')}
          </button>
        </>
      }
    >
      <p>{t('conclusions.export.intro')}</p>
      <fieldset className="cn-fieldset">
        <legend>{t('conclusions.export.format')}</legend>
        {FORMATS.map((f) => (
          <label key={f} className="cbdialog-check">
            <input
              type="radio"
              name="cn-format"
              value={f}
              checked={format === f}
              onChange={() => {
                setFormat(f);
              }}
            />
            {t(`conclusions.export.format.${f}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('conclusions.export.language')}
        <select
          value={reportLanguage}
          onChange={(e) => {
            setReportLanguage(e.target.value === 'id' ? 'id' : 'en');
          }}
        >
          <option value="en">English</option>
          <option value="id">Bahasa Indonesia</option>
        </select>
      </label>
      <fieldset className="cn-fieldset">
        <legend>{t('conclusions.export.statuses')}</legend>
        {CONCLUSION_STATUSES.map((s) => (
          <label key={s} className="cbdialog-check">
            <input
              type="checkbox"
              checked={statuses.has(s)}
              onChange={() => {
                setStatuses(toggle(statuses, s));
              }}
            />
            {t(`conclusions.status.${s}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="cn-fieldset">
        <legend>{t('conclusions.export.displays')}</legend>
        {sources !== null && sources.displays.length === 0 && (
          <p className="cn-muted">{t('conclusions.export.noDisplays')}</p>
        )}
        {(sources?.displays ?? []).map((d) => (
          <label key={d.id} className="cbdialog-check">
            <input
              type="checkbox"
              checked={displayIds.has(d.id)}
              onChange={() => {
                setDisplayIds(toggle(displayIds, d.id));
              }}
            />
            {d.name} <span className="cn-muted">({d.kind})</span>
          </label>
        ))}
      </fieldset>
      <label className="cbdialog-check">
        <input
          type="checkbox"
          checked={codebook}
          onChange={(e) => {
            setCodebook(e.target.checked);
          }}
        />
        {t('conclusions.export.codebook')}
      </label>
      {message !== null && (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={message.kind === 'error' ? 'cn-error' : 'cn-done'}
        >
          {message.text}
        </p>
      )}
    </Dialog>
  );
}
