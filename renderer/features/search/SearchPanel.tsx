import { useId, useState } from 'react';
import { useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { CodeAllHits } from './CodeAllHits';
import { SearchResults } from './SearchResults';
import type { SearchHit } from './group-hits';
import { SEARCH_LIMIT, useTextSearch, type SearchState } from './use-text-search';
import './search.css';

/** The search tab: full-text search over every document, with "code all hits". */
export function SearchPanel() {
  const store = useWorkspaceStore();
  const { t } = useI18n();
  const headingId = useId();
  const hintId = useId();
  const { result, busy, error, search } = useTextSearch();
  const [query, setQuery] = useState(result?.query ?? '');

  const open = (hit: SearchHit): void => {
    const go = async (): Promise<void> => {
      if (store.get().activeDocument?.id !== hit.documentId)
        await store.openDocument(hit.documentId);
      store.focus(hit.documentId, { start: hit.start, end: hit.end });
    };
    go().catch(store.fail);
  };

  return (
    <section className="search-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('search.heading')}</h2>
      <form
        className="search-form"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          if (query.trim() !== '') void search(query.trim());
        }}
      >
        <input
          type="search"
          value={query}
          aria-label={t('search.label')}
          aria-describedby={hintId}
          placeholder={t('search.placeholder')}
          onChange={(event) => {
            setQuery(event.target.value);
          }}
        />
        <button type="submit" className="search-primary">
          {t('search.submit')}
        </button>
      </form>
      <p id={hintId} className="search-muted search-hint">
        {t('search.hint')}
      </p>
      {busy && <p className="search-muted">{t('search.searching')}</p>}
      {error !== null && (
        <p className="search-error" role="alert">
          {error}
        </p>
      )}
      {result !== null && <SearchOutcome result={result} onOpen={open} />}
    </section>
  );
}

function SearchOutcome({
  result,
  onOpen,
}: {
  result: SearchState;
  onOpen: (hit: SearchHit) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { hits } = result;
  if (hits.length === 0) {
    return (
      <p className="search-muted" role="status">
        {t('search.noHits', { query: result.query })}
      </p>
    );
  }
  const documents = new Set(hits.map((hit) => hit.documentId)).size;
  const summary =
    hits.length === 1
      ? t('search.summaryOne')
      : documents === 1
        ? t('search.summaryOneDoc', { hits: i18n.number(hits.length) })
        : t('search.summary', {
            hits: i18n.number(hits.length),
            documents: i18n.number(documents),
          });
  return (
    <>
      <p className="search-summary" role="status">
        {summary}
        {hits.length >= SEARCH_LIMIT &&
          ` ${t('search.limited', { count: i18n.number(SEARCH_LIMIT) })}`}
      </p>
      <CodeAllHits hits={hits} />
      <p className="search-muted search-keys">{t('search.keys')}</p>
      <SearchResults key={result.seq} hits={hits} onOpen={onOpen} />
    </>
  );
}
