import { useEffect, useState } from 'react';
import type { Output } from '../../../core/api/contract';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { CodeSelect } from './CodeSelect';
import { SummaryEditor } from './SummaryEditor';
import type { CaseItem } from './use-retrieval-data';

type Scope = 'code' | 'document' | 'case' | 'cell';
type SummaryItem = Output<'summaries.list'>[number];

const SCOPES: Scope[] = ['code', 'document', 'case', 'cell'];

interface SummariesPanelProps {
  cases: readonly CaseItem[];
  /** The segments behind the ticked results, to link to a summary. */
  tickedSegmentIds: readonly string[];
  /** The code to summarise first: the query's first code. */
  defaultCodeId: string;
}

/** Summaries of a code, a document (summary form), a case or a code × case cell. */
export function SummariesPanel({ cases, tickedSegmentIds, defaultCodeId }: SummariesPanelProps) {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const { t } = useI18n();
  const codes = useWorkspace((s) => s.codes);
  const documents = useWorkspace((s) => s.documents);
  const revision = useWorkspace((s) => s.revision);
  const [scope, setScope] = useState<Scope>('code');
  const [codeChoice, setCodeId] = useState<string | null>(null);
  const [documentChoice, setDocumentId] = useState<string | null>(null);
  const [caseChoice, setCaseId] = useState<string | null>(null);
  const codeId = codeChoice ?? defaultCodeId;
  const documentId = documentChoice ?? documents[0]?.id ?? '';
  const caseId = caseChoice ?? cases[0]?.id ?? '';
  const [list, setList] = useState<SummaryItem[]>([]);
  const [openId, setOpenId] = useState<string | null>(null);
  const [createdId, setCreatedId] = useState<string | null>(null);
  // Another target shows other summaries: the open one closes (and saves what is pending).
  const retarget =
    <T,>(set: (value: T) => void) =>
    (value: T): void => {
      set(value);
      setOpenId(null);
    };
  const target = {
    code: { codeId },
    document: { documentId },
    case: { caseId },
    cell: { codeId, caseId },
  }[scope];
  const ready = Object.values(target).every((v) => v !== '');
  const targetKey = JSON.stringify([scope, target]);
  useEffect(() => {
    if (!ready) return;
    let live = true;
    client.call('summaries.list', { scope, ...target }).then((found) => {
      if (live) setList(found);
    }, store.fail);
    return () => {
      live = false;
    };
    // target is rebuilt each render; targetKey says when it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, store, targetKey, ready, revision]);

  const create = (): void => {
    client
      .call('summaries.create', { scope, ...target, segmentIds: [...tickedSegmentIds] })
      .then(async (made) => {
        setCreatedId(made.id);
        setOpenId(made.id);
        await store.afterChange();
      }, store.fail);
  };

  return (
    <section className="retrieval-summaries" aria-labelledby="retrieval-summaries-heading">
      <h3 id="retrieval-summaries-heading">{t('retrieval.summaries')}</h3>
      <div className="segmented" role="group" aria-label={t('retrieval.summary.scope')}>
        {SCOPES.map((s) => (
          <button
            key={s}
            type="button"
            aria-pressed={scope === s}
            onClick={() => {
              if (s !== scope) retarget(setScope)(s);
            }}
          >
            {t(`retrieval.summary.scope.${s}`)}
          </button>
        ))}
      </div>
      <div className="retrieval-inline">
        {(scope === 'code' || scope === 'cell') && (
          <CodeSelect
            label={t('retrieval.code')}
            codes={codes}
            value={codeId}
            onChange={retarget(setCodeId)}
          />
        )}
        {scope === 'document' && (
          <label className="retrieval-field">
            <span className="retrieval-label">{t('retrieval.summary.document')}</span>
            <select
              value={documentId}
              onChange={(event) => {
                retarget(setDocumentId)(event.target.value);
              }}
            >
              {documents.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.title}
                </option>
              ))}
            </select>
          </label>
        )}
        {(scope === 'case' || scope === 'cell') && (
          <label className="retrieval-field">
            <span className="retrieval-label">{t('retrieval.summary.case')}</span>
            <select
              value={caseId}
              onChange={(event) => {
                retarget(setCaseId)(event.target.value);
              }}
            >
              {cases.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {!ready && <p className="hint">{t('retrieval.summary.noTarget')}</p>}
      {ready && (
        <div className="retrieval-inline">
          {list.length > 0 && (
            <ul className="retrieval-summary-list" aria-label={t('retrieval.summary.existing')}>
              {list.map((s) => (
                <li key={s.id}>
                  <button
                    type="button"
                    aria-pressed={openId === s.id}
                    onClick={() => {
                      setOpenId(s.id);
                    }}
                  >
                    {s.title === '' ? t('retrieval.summary.untitled') : s.title}
                    {' · '}
                    {t('retrieval.summary.excerptCount', { count: s.excerptCount })}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="primary" onClick={create}>
            {tickedSegmentIds.length > 0
              ? t('retrieval.summary.newLinked', { count: tickedSegmentIds.length })
              : t('retrieval.summary.new')}
          </button>
        </div>
      )}
      {openId !== null && (
        <SummaryEditor
          key={openId}
          summaryId={openId}
          tickedSegmentIds={tickedSegmentIds}
          focusTitle={openId === createdId}
          onSaved={(saved) => {
            setList((old) =>
              old.map((s) => (s.id === saved.id ? { ...s, title: saved.title } : s)),
            );
          }}
          onDeleted={() => {
            setOpenId(null);
          }}
        />
      )}
    </section>
  );
}
