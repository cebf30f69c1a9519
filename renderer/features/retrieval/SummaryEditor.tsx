import { useEffect, useId, useRef, useState } from 'react';
import type { Output } from '../../../core/api/contract';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';

type SummaryDetail = Output<'summaries.get'>;

/** The questions of the document summary form, by the keys core stores them under. */
const FORM_FIELDS = ['mainThemes', 'targetQuestions', 'salient', 'newQuestions'] as const;

interface SummaryEditorProps {
  summaryId: string;
  tickedSegmentIds: readonly string[];
  onDeleted: () => void;
}

/** Edits one summary: title, text (or the summary form), and the excerpts it rests on. */
export function SummaryEditor({ summaryId, tickedSegmentIds, onDeleted }: SummaryEditorProps) {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const { t } = useI18n();
  const revision = useWorkspace((s) => s.revision);
  const titleId = useId();
  const [summary, setSummary] = useState<SummaryDetail | null>(null);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [dirty, setDirtyState] = useState(false);
  // Read in the load callback: a refetch after another change must not wipe unsaved typing.
  const dirtyRef = useRef(false);
  const setDirty = (value: boolean): void => {
    dirtyRef.current = value;
    setDirtyState(value);
  };
  useEffect(() => {
    let live = true;
    client.call('summaries.get', { id: summaryId }).then((loaded) => {
      if (!live) return;
      setSummary(loaded);
      if (dirtyRef.current) return;
      setTitle(loaded.title);
      setBody(loaded.bodyText);
      setFields(loaded.fields);
    }, store.fail);
    return () => {
      live = false;
    };
  }, [client, store, summaryId, revision]);
  if (summary === null) return <p className="hint">{t('retrieval.loading')}</p>;

  const write = (work: Promise<unknown>): void => {
    work.then(() => store.afterChange(), store.fail);
  };
  const save = (): void => {
    setDirty(false);
    write(client.call('summaries.update', { id: summaryId, title, bodyText: body, fields }));
  };
  const linked = new Set(summary.excerpts.map((e) => e.segmentId));
  const toLink = tickedSegmentIds.filter((id) => !linked.has(id));
  return (
    <form
      className="retrieval-summary"
      aria-labelledby={titleId}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <h4 id={titleId} className="visually-hidden">
        {t('retrieval.summary.editor')}
      </h4>
      <label className="retrieval-field">
        <span className="retrieval-label">{t('retrieval.summary.title')}</span>
        <input
          type="text"
          value={title}
          onChange={(event) => {
            setTitle(event.target.value);
            setDirty(true);
          }}
        />
      </label>
      {summary.scope === 'document' &&
        FORM_FIELDS.map((key) => (
          <label key={key} className="retrieval-field">
            <span className="retrieval-label">{t(`retrieval.form.${key}`)}</span>
            <textarea
              rows={3}
              value={fields[key] ?? ''}
              onChange={(event) => {
                setFields({ ...fields, [key]: event.target.value });
                setDirty(true);
              }}
            />
          </label>
        ))}
      <label className="retrieval-field">
        <span className="retrieval-label">
          {t(summary.scope === 'document' ? 'retrieval.summary.notes' : 'retrieval.summary.body')}
        </span>
        <textarea
          rows={6}
          value={body}
          onChange={(event) => {
            setBody(event.target.value);
            setDirty(true);
          }}
        />
      </label>
      <div className="retrieval-inline">
        <button type="submit" className="primary" disabled={!dirty}>
          {t('retrieval.summary.save')}
        </button>
        <button
          type="button"
          disabled={toLink.length === 0}
          onClick={() => {
            write(client.call('summaries.link', { id: summaryId, segmentIds: toLink }));
          }}
        >
          {t('retrieval.summary.link', { count: toLink.length })}
        </button>
        <button
          type="button"
          onClick={() => {
            client.call('summaries.delete', { id: summaryId }).then(async () => {
              onDeleted();
              await store.afterChange();
            }, store.fail);
          }}
        >
          {t('retrieval.summary.delete')}
        </button>
      </div>
      <h5 className="retrieval-excerpts-heading">
        {t('retrieval.summary.excerpts', { count: summary.excerpts.length })}
      </h5>
      {summary.excerpts.length === 0 && <p className="hint">{t('retrieval.summary.noExcerpts')}</p>}
      <ul className="retrieval-excerpts">
        {summary.excerpts.map((e) => {
          const page = e.page === null ? null : (e.page.label ?? String(e.page.page));
          return (
            <li key={e.segmentId} className="retrieval-excerpt">
              <button
                type="button"
                className="retrieval-excerpt-open"
                onClick={() => {
                  const go = async (): Promise<void> => {
                    await store.openDocument(e.documentId);
                    store.focus(e.documentId, { start: e.start, end: e.end });
                  };
                  go().catch(store.fail);
                }}
              >
                <span className="retrieval-excerpt-quote">“{e.quote}”</span>
                <span className="retrieval-meta">
                  {page === null
                    ? e.documentTitle
                    : t('retrieval.citation', { document: e.documentTitle, page })}
                  {' — '}
                  {e.codePaths.join(', ')}
                  {' — '}
                  {e.coderName}
                </span>
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={t('retrieval.summary.unlink')}
                onClick={() => {
                  write(
                    client.call('summaries.unlink', { id: summaryId, segmentIds: [e.segmentId] }),
                  );
                }}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
    </form>
  );
}
