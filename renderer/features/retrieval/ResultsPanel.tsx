import { useState } from 'react';
import type { Output } from '../../../core/api/contract';
import type { RetrievalQuery } from '../../../core/api/contracts/retrieval';
import { useClient } from '../../app/ClientProvider';
import { useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { saveExportedFile } from '../../ui/save-exported-file';
import { ResultRow, type RetrievalRowItem } from './ResultRow';

export type RetrievalResultItem = Output<'retrieval.run'>;

/** Rows drawn at first; more on request, so a code with thousands of excerpts stays quick. */
const PAGE_SIZE = 200;

interface ResultsPanelProps {
  result: RetrievalResultItem;
  query: RetrievalQuery;
  /** The file name of exports: the saved query's name, if one is open. */
  title: string | undefined;
  ticked: ReadonlySet<string>;
  onTicked: (keys: Set<string>) => void;
}

/** Counts, exports and the result rows with their tick boxes. */
export function ResultsPanel({ result, query, title, ticked, onTicked }: ResultsPanelProps) {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const i18n = useI18n();
  const { t } = i18n;
  const [shown, setShown] = useState(PAGE_SIZE);
  const rows = result.rows;
  const show = (row: RetrievalRowItem): void => {
    const go = async (): Promise<void> => {
      if (store.get().activeDocument?.id !== row.documentId)
        await store.openDocument(row.documentId);
      else store.set({ mainView: 'document' });
      store.focus(row.documentId, { start: row.start, end: row.end });
    };
    go().catch(store.fail);
  };
  const exportAs = (format: 'csv' | 'xlsx' | 'docx'): void => {
    client
      .call('retrieval.export', {
        query,
        format,
        language: i18n.language,
        ...(title === undefined ? {} : { title }),
      })
      .then((file) => saveExportedFile(file))
      .catch(store.fail);
  };
  const allTicked = rows.length > 0 && rows.every((r) => ticked.has(r.key));
  return (
    <section className="retrieval-results" aria-labelledby="retrieval-results-heading">
      <div className="retrieval-results-head">
        <h3 id="retrieval-results-heading">{t('retrieval.results')}</h3>
        <p className="retrieval-counts" role="status">
          {rows.length === 0
            ? t('retrieval.noResults')
            : t('retrieval.counts', {
                rows: i18n.number(rows.length),
                segments: i18n.number(result.segmentCount),
                documents: i18n.number(result.documentCount),
              })}
        </p>
        <div className="retrieval-inline" role="group" aria-label={t('retrieval.export')}>
          <span className="hint">{t('retrieval.export')}</span>
          {(['csv', 'xlsx', 'docx'] as const).map((format) => (
            <button
              key={format}
              type="button"
              disabled={rows.length === 0}
              onClick={() => {
                exportAs(format);
              }}
            >
              {format.toUpperCase()}
            </button>
          ))}
        </div>
      </div>
      {rows.length > 0 && (
        <label className="retrieval-check">
          <input
            type="checkbox"
            checked={allTicked}
            onChange={(event) => {
              onTicked(new Set(event.target.checked ? rows.map((r) => r.key) : []));
            }}
          />
          {t('retrieval.tickAll')}
        </label>
      )}
      <ol className="retrieval-rows" aria-label={t('retrieval.results')}>
        {rows.slice(0, shown).map((row) => (
          <ResultRow
            key={row.key}
            row={row}
            ticked={ticked.has(row.key)}
            onTick={(on) => {
              const next = new Set(ticked);
              if (on) next.add(row.key);
              else next.delete(row.key);
              onTicked(next);
            }}
            onShow={() => {
              show(row);
            }}
          />
        ))}
      </ol>
      {rows.length > shown && (
        <button
          type="button"
          onClick={() => {
            setShown(shown + PAGE_SIZE);
          }}
        >
          {t('retrieval.showMore', { count: i18n.number(rows.length - shown) })}
        </button>
      )}
    </section>
  );
}
