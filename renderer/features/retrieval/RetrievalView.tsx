import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RetrievalQuery } from '../../../core/api/contracts/retrieval';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { FilterChips } from './FilterChips';
import { QueryBuilder } from './QueryBuilder';
import { ResultsPanel, type RetrievalResultItem } from './ResultsPanel';
import { SavedQueries } from './SavedQueries';
import { SummariesPanel } from './SummariesPanel';
import { fromQuery, toQuery, type BuilderState } from './build-query';
import { useRetrievalData } from './use-retrieval-data';
import './retrieval.css';

interface Remembered {
  builder: BuilderState | null;
  ran: { query: RetrievalQuery; result: RetrievalResultItem } | null;
  savedId: string | null;
}

/** The view's state per client, so switching views and back keeps the query and its results. */
const memory = new WeakMap<object, Remembered>();

/** Data reduction: boolean code queries with filters, results in context, exports, summaries. */
export function RetrievalView() {
  const { client } = useClient();
  const { t } = useI18n();
  const codes = useWorkspace((s) => s.codes);
  const documents = useWorkspace((s) => s.documents);
  const revision = useWorkspace((s) => s.revision);
  const data = useRetrievalData();
  const remembered = memory.get(client);
  const [chosen, setBuilder] = useState<BuilderState | null>(remembered?.builder ?? null);
  const firstCode = codes[0];
  const builder: BuilderState | null =
    chosen ??
    (firstCode
      ? { first: { codeId: firstCode.id, includeSubcodes: true }, steps: [], filters: {} }
      : null);
  const [ran, setRan] = useState(remembered?.ran ?? null);
  const [savedId, setSavedId] = useState<string | null>(remembered?.savedId ?? null);
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [unsupported, setUnsupported] = useState(false);

  useEffect(() => {
    memory.set(client, { builder: chosen, ran, savedId });
  }, [client, chosen, ran, savedId]);

  const run = useCallback(
    async (query: RetrievalQuery): Promise<void> => {
      setBusy(true);
      setError(null);
      try {
        const result = await client.call('retrieval.run', { query });
        setRan({ query, result });
        setTicked((old) => new Set(result.rows.filter((r) => old.has(r.key)).map((r) => r.key)));
      } catch (caught) {
        setError(caught instanceof Error ? caught.message : String(caught));
      } finally {
        setBusy(false);
      }
    },
    [client],
  );

  // Codings change under a result (coding, undo): run the shown query again.
  const lastRevision = useRef(revision);
  const shownQuery = ran?.query;
  useEffect(() => {
    if (lastRevision.current === revision || shownQuery === undefined) return;
    lastRevision.current = revision;
    let live = true;
    client.call('retrieval.run', { query: shownQuery }).then(
      (result) => {
        if (live) setRan({ query: shownQuery, result });
      },
      (caught: unknown) => {
        if (live) setError(caught instanceof Error ? caught.message : String(caught));
      },
    );
    return () => {
      live = false;
    };
  }, [client, revision, shownQuery]);

  const tickedSegmentIds = useMemo(
    () => [
      ...new Set(
        (ran?.result.rows ?? []).filter((r) => ticked.has(r.key)).flatMap((r) => r.segmentIds),
      ),
    ],
    [ran, ticked],
  );

  if (builder === null) {
    return (
      <section className="main-view" aria-labelledby="retrieval-heading">
        <h2 id="retrieval-heading">{t('retrieval.heading')}</h2>
        <p className="hint">{t('retrieval.noCodes')}</p>
      </section>
    );
  }
  const savedName = data.savedQueries.find((q) => q.id === savedId)?.name;
  return (
    <section className="main-view retrieval-view" aria-labelledby="retrieval-heading">
      <h2 id="retrieval-heading">{t('retrieval.heading')}</h2>
      <div className="retrieval-layout">
        <div className="retrieval-side">
          <form
            className="retrieval-form"
            onSubmit={(event) => {
              event.preventDefault();
              void run(unsupported && ran ? ran.query : toQuery(builder));
            }}
          >
            {unsupported && <p className="hint">{t('retrieval.unsupported')}</p>}
            <QueryBuilder
              codes={codes}
              state={builder}
              onChange={(next) => {
                setBuilder(next);
                setUnsupported(false);
              }}
            />
            <FilterChips
              filters={builder.filters}
              onChange={(filters) => {
                setBuilder({ ...builder, filters });
              }}
              documents={documents}
              cases={data.cases}
              coders={data.coders}
              variables={data.variables}
            />
            <button type="submit" className="primary retrieval-run" disabled={busy}>
              {busy ? t('retrieval.running') : t('retrieval.run')}
            </button>
          </form>
          <SavedQueries
            key={`${savedId ?? ''}:${savedName ?? ''}`}
            saved={data.savedQueries}
            openId={savedId}
            current={() => (unsupported && ran ? ran.query : toQuery(builder))}
            onOpen={(saved) => {
              setSavedId(saved.id);
              const next = fromQuery(saved.definition);
              setUnsupported(next === null);
              if (next) setBuilder(next);
              void run(saved.definition);
            }}
            onSaved={(saved) => {
              setSavedId(saved?.id ?? null);
              data.reload();
            }}
          />
        </div>
        <div className="retrieval-main">
          {error !== null && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          {ran === null ? (
            <p className="hint">{t('retrieval.start')}</p>
          ) : (
            <ResultsPanel
              key={JSON.stringify(ran.query)}
              result={ran.result}
              query={ran.query}
              title={savedName}
              ticked={ticked}
              onTicked={setTicked}
            />
          )}
          <SummariesPanel
            cases={data.cases}
            tickedSegmentIds={tickedSegmentIds}
            defaultCodeId={builder.first.codeId}
          />
        </div>
      </div>
    </section>
  );
}
