import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { Input, Output } from '../../../core/api/contract';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { MemoToolbar } from '../memos/MemoToolbar';
import { SaveStatusText } from '../memos/SaveStatusText';
import { memoExtensions } from '../memos/memo-extensions';
import { useAutosave } from '../memos/use-autosave';
import type { Autosaver } from '../memos/create-autosaver';
import '../memos/memos.css';

type SummaryDetail = Output<'summaries.get'>;
type SummaryPatch = Omit<Input<'summaries.update'>, 'id'>;

/** The questions of the document summary form, by the keys core stores them under. */
const FORM_FIELDS = ['mainThemes', 'targetQuestions', 'salient', 'newQuestions'] as const;

interface SummaryEditorProps {
  summaryId: string;
  tickedSegmentIds: readonly string[];
  /** Focus the title once loaded (a summary just created). */
  focusTitle: boolean;
  onSaved: (summary: SummaryDetail) => void;
  onDeleted: () => void;
}

/**
 * Edits one summary: title, rich text (or the document summary form), and the excerpts it rests
 * on. Saved as the user types, and whatever is pending when the field is left, the summary
 * closed or the view switched; key it by summary id.
 */
export function SummaryEditor({
  summaryId,
  tickedSegmentIds,
  focusTitle,
  onSaved,
  onDeleted,
}: SummaryEditorProps) {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const { t } = useI18n();
  const revision = useWorkspace((s) => s.revision);
  const [summary, setSummary] = useState<SummaryDetail | null>(null);
  // Requests are numbered as sent; an answer older than one already shown is dropped, so a
  // reload that crosses a save can never put back what the save replaced.
  const order = useRef({ sent: 0, shown: 0 });
  const show = (seq: number, loaded: SummaryDetail): void => {
    if (seq < order.current.shown) return;
    order.current.shown = seq;
    setSummary(loaded);
  };
  const [saver, saveState] = useAutosave<SummaryPatch>(async (patch) => {
    const seq = ++order.current.sent;
    const saved = await client.call('summaries.update', { id: summaryId, ...patch });
    show(seq, saved);
    onSaved(saved);
  });
  useEffect(() => {
    let live = true;
    const seq = ++order.current.sent;
    client.call('summaries.get', { id: summaryId }).then((loaded) => {
      if (live) show(seq, loaded);
    }, store.fail);
    return () => {
      live = false;
    };
  }, [client, store, summaryId, revision]);
  if (summary === null) return <p className="hint">{t('retrieval.loading')}</p>;
  return (
    <SummaryForm
      summary={summary}
      saver={saver}
      status={<SaveStatusText state={saveState} />}
      idle={saveState.status === 'saved'}
      focusTitle={focusTitle}
      tickedSegmentIds={tickedSegmentIds}
      onDeleted={onDeleted}
    />
  );
}

interface SummaryFormProps {
  summary: SummaryDetail;
  saver: Autosaver<SummaryPatch>;
  status: ReactNode;
  /** Nothing typed is waiting to be saved: the form may take what the project holds. */
  idle: boolean;
  focusTitle: boolean;
  tickedSegmentIds: readonly string[];
  onDeleted: () => void;
}

function SummaryForm({
  summary,
  saver,
  status,
  idle,
  focusTitle,
  tickedSegmentIds,
  onDeleted,
}: SummaryFormProps) {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const { t } = useI18n();
  const ids = { heading: useId(), title: useId(), body: useId() };
  const [title, setTitle] = useState(summary.title);
  const [fields, setFields] = useState<Record<string, string>>(summary.fields);
  const editor = useEditor({
    extensions: memoExtensions(),
    content: summary.bodyJson,
    editorProps: {
      attributes: {
        'aria-labelledby': ids.body,
        'aria-multiline': 'true',
        role: 'textbox',
        class: 'memo-prose',
        spellcheck: 'true',
      },
    },
    onUpdate: ({ editor: e }) => {
      saver.schedule({ bodyJson: e.getJSON(), bodyText: e.getText({ blockSeparator: '\n' }) });
    },
    onBlur: () => void saver.flush(),
  });
  useFollowSaved(summary, idle, saver, editor, { title, setTitle, fields, setFields });

  const write = (work: Promise<unknown>): void => {
    work.then(() => store.afterChange(), store.fail);
  };
  const linked = new Set(summary.excerpts.map((e) => e.segmentId));
  const toLink = tickedSegmentIds.filter((id) => !linked.has(id));
  const formScope = summary.scope === 'document';
  return (
    <form
      className="retrieval-summary"
      aria-labelledby={ids.heading}
      onSubmit={(event) => {
        event.preventDefault();
        void saver.flush();
      }}
    >
      <div className="retrieval-summary-head">
        <h4 id={ids.heading} className="visually-hidden">
          {t('retrieval.summary.editor')}
        </h4>
        <label className="retrieval-field retrieval-summary-title" htmlFor={ids.title}>
          <span className="retrieval-label">{t('retrieval.summary.title')}</span>
          <input
            id={ids.title}
            type="text"
            value={title}
            maxLength={500}
            autoFocus={focusTitle}
            onChange={(event) => {
              setTitle(event.target.value);
              saver.schedule({ title: event.target.value });
            }}
            onBlur={() => void saver.flush()}
          />
        </label>
        {status}
      </div>
      {formScope &&
        FORM_FIELDS.map((key) => (
          <label key={key} className="retrieval-field">
            <span className="retrieval-label">{t(`retrieval.form.${key}`)}</span>
            <textarea
              rows={3}
              value={fields[key] ?? ''}
              onChange={(event) => {
                const next = { ...fields, [key]: event.target.value };
                setFields(next);
                saver.schedule({ fields: next });
              }}
              onBlur={() => void saver.flush()}
            />
          </label>
        ))}
      <div className="retrieval-field">
        <span id={ids.body} className="retrieval-label">
          {t(formScope ? 'retrieval.summary.notes' : 'retrieval.summary.body')}
        </span>
        <MemoToolbar editor={editor} />
        <EditorContent editor={editor} className="memo-body retrieval-summary-body" />
      </div>
      <div className="retrieval-inline">
        <button type="submit">{t('retrieval.summary.save')}</button>
        <button
          type="button"
          disabled={toLink.length === 0}
          onClick={() => {
            write(client.call('summaries.link', { id: summary.id, segmentIds: toLink }));
          }}
        >
          {t('retrieval.summary.link', { count: toLink.length })}
        </button>
        <button
          type="button"
          onClick={() => {
            saver.cancel();
            client.call('summaries.delete', { id: summary.id }).then(async () => {
              onDeleted();
              await store.afterChange();
            }, store.fail);
          }}
        >
          {t('retrieval.summary.delete')}
        </button>
      </div>
      <SummaryExcerpts
        summary={summary}
        onUnlink={(segmentId) => {
          write(client.call('summaries.unlink', { id: summary.id, segmentIds: [segmentId] }));
        }}
      />
    </form>
  );
}

interface Drafts {
  title: string;
  setTitle: (title: string) => void;
  fields: Record<string, string>;
  setFields: (fields: Record<string, string>) => void;
}

/**
 * When the project's copy changes under an idle form (undo, redo), the form takes it; while
 * typing waits to be saved, the draft wins. Own saves come back equal and change nothing.
 */
function useFollowSaved(
  summary: SummaryDetail,
  idle: boolean,
  saver: Autosaver<SummaryPatch>,
  editor: Editor,
  drafts: Drafts,
): void {
  const latest = useRef(drafts);
  // Runs before the effect below (effects run in order), so that one reads this render's drafts.
  useEffect(() => {
    latest.current = drafts;
  });
  useEffect(() => {
    // `idle` is as of the render; a key pressed since (effects run after paint) is pending now.
    if (!idle || !saver.isIdle()) return;
    const { title, setTitle, fields, setFields } = latest.current;
    // The project keeps titles trimmed and drops empty answers: a draft that differs only so is
    // what was typed (a space before the next word), not a change to take.
    if (summary.title !== title.trim()) setTitle(summary.title);
    const answered = Object.fromEntries(Object.entries(fields).filter(([, v]) => v.trim() !== ''));
    if (JSON.stringify(summary.fields) !== JSON.stringify(answered)) setFields(summary.fields);
    if (JSON.stringify(summary.bodyJson) !== JSON.stringify(editor.getJSON())) {
      editor.commands.setContent(summary.bodyJson, { emitUpdate: false });
    }
  }, [summary, idle, saver, editor]);
}

/** The excerpts a summary rests on: each opens its place in the document, or is unlinked. */
function SummaryExcerpts({
  summary,
  onUnlink,
}: {
  summary: SummaryDetail;
  onUnlink: (segmentId: string) => void;
}) {
  const store = useWorkspaceStore();
  const { t } = useI18n();
  return (
    <>
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
                  onUnlink(e.segmentId);
                }}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
