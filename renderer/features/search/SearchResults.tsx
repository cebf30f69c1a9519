import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/LanguageProvider';
import { Snippet } from './Snippet';
import { groupHits, type SearchHit } from './group-hits';

interface SearchResultsProps {
  hits: SearchHit[];
  onOpen: (hit: SearchHit) => void;
}

/** Hits grouped by document as one listbox: arrows move through hits, Enter or a click opens. */
export function SearchResults({ hits, onOpen }: SearchResultsProps) {
  const { t } = useI18n();
  const baseId = useId();
  const groups = useMemo(() => groupHits(hits), [hits]);
  const [active, setActive] = useState(0);
  const list = useRef<HTMLDivElement>(null);
  const optionId = (index: number): string => `${baseId}-hit-${index}`;

  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
    // optionId only depends on baseId, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const last = hits.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      setActive(Math.min(last, Math.max(0, next)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[active];
      if (hit) onOpen(hit);
    }
  };

  return (
    <div
      ref={list}
      className="search-results"
      role="listbox"
      tabIndex={0}
      aria-label={t('search.results')}
      aria-activedescendant={hits.length > 0 ? optionId(active) : undefined}
      onKeyDown={onKeyDown}
    >
      {groups.map((group) => (
        <div
          key={group.documentId}
          role="group"
          aria-labelledby={`${baseId}-${group.documentId}`}
          className="search-group"
        >
          <div id={`${baseId}-${group.documentId}`} className="search-group-head">
            <span className="search-group-title">{group.title}</span>
            <span className="search-group-count">
              {group.hits.length === 1
                ? t('search.hitCountOne')
                : t('search.hitCount', { count: group.hits.length })}
            </span>
          </div>
          {group.hits.map(({ hit, index }) => (
            <div
              key={index}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className="search-hit"
              onClick={() => {
                setActive(index);
                onOpen(hit);
              }}
            >
              <Snippet snippet={hit.snippet} start={hit.start} />
              {hit.page && (
                <span className="search-page">
                  {t('search.page', { label: hit.page.label ?? String(hit.page.page) })}
                </span>
              )}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
