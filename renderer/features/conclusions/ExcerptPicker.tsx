import { useEffect, useId, useState } from 'react';
import type { EvidenceRole, Excerpt } from '../../../core/api/contracts/conclusions';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { Dialog } from '../../ui/Dialog';
import { ExcerptCard } from './ExcerptCard';

/** Picks coded excerpts by code and/or words in the quote, to link in one role. */
export function ExcerptPicker({
  role,
  linked,
  onAdd,
  onClose,
}: {
  role: Exclude<EvidenceRole, 'dismissed'>;
  linked: ReadonlySet<string>;
  onAdd: (segmentIds: string[]) => void;
  onClose: () => void;
}) {
  const { client } = useClient();
  const { t, number } = useI18n();
  const codes = useWorkspace((s) => s.codes);
  const codeFieldId = useId();
  const textFieldId = useId();
  const [codeId, setCodeId] = useState('');
  const [text, setText] = useState('');
  const [query, setQuery] = useState({ codeId: '', text: '' });
  // Results keep the query they answer: a list for an older query is never shown (or ticked).
  const [answer, setAnswer] = useState<{ query: typeof query; found: Excerpt[] } | null>(null);
  const results = answer?.query === query ? answer.found : null;
  const [error, setError] = useState<string | null>(null);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  useEffect(() => {
    let live = true;
    client
      .call('conclusions.findExcerpts', {
        ...(query.codeId === '' ? {} : { codeId: query.codeId }),
        ...(query.text.trim() === '' ? {} : { text: query.text }),
        limit: 200,
      })
      .then((found) => {
        if (live) setAnswer({ query, found });
      })
      .catch((caught: unknown) => {
        if (live) setError(caught instanceof Error ? caught.message : String(caught));
      });
    return () => {
      live = false;
    };
  }, [client, query]);
  const toggle = (id: string): void => {
    const next = new Set(picked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setPicked(next);
  };
  return (
    <Dialog
      title={t(`conclusions.picker.title.${role}`)}
      onClose={onClose}
      onSubmit={() => {
        setQuery({ codeId, text });
      }}
      actions={
        <>
          <button type="button" className="cbdialog-button" onClick={onClose}>
            {t('conclusions.cancel')}
          </button>
          <button
            type="button"
            className="cbdialog-button cbdialog-button-primary"
            disabled={picked.size === 0}
            onClick={() => {
              onAdd([...picked]);
            }}
          >
            {t('conclusions.picker.add', { count: number(picked.size) })}
          </button>
        </>
      }
    >
      <div className="cn-picker-filters">
        <label htmlFor={codeFieldId}>
          {t('conclusions.picker.code')}
          <select
            id={codeFieldId}
            value={codeId}
            onChange={(e) => {
              setCodeId(e.target.value);
              setQuery({ codeId: e.target.value, text });
            }}
          >
            <option value="">{t('conclusions.picker.anyCode')}</option>
            {codes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.path}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={textFieldId}>
          {t('conclusions.picker.text')}
          <input
            id={textFieldId}
            type="text"
            value={text}
            data-autofocus
            onChange={(e) => {
              setText(e.target.value);
            }}
          />
        </label>
        <button type="submit" className="cbdialog-button">
          {t('conclusions.picker.search')}
        </button>
      </div>
      {error !== null && (
        <p role="alert" className="cn-error">
          {error}
        </p>
      )}
      {results !== null && (
        <p className="cn-muted" role="status">
          {t('conclusions.picker.found', { count: number(results.length) })}
        </p>
      )}
      <ul className="cn-picker-list" aria-label={t('conclusions.picker.results')}>
        {(results ?? []).map((excerpt) => {
          const already = linked.has(excerpt.segmentId);
          return (
            <li key={excerpt.segmentId}>
              <label className="cn-picker-item">
                <input
                  type="checkbox"
                  disabled={already}
                  checked={already || picked.has(excerpt.segmentId)}
                  onChange={() => {
                    toggle(excerpt.segmentId);
                  }}
                />
                <ExcerptCard excerpt={excerpt} />
              </label>
              {already && <span className="cn-muted">{t('conclusions.picker.linked')}</span>}
            </li>
          );
        })}
      </ul>
    </Dialog>
  );
}
