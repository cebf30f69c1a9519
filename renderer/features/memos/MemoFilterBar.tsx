import { useId, type ReactNode } from 'react';
import { useI18n } from '../../i18n/LanguageProvider';
import { MEMO_FILTERS, type CurrentTargets, type MemoFilter } from './memo-filter';

interface MemoFilterBarProps {
  filter: MemoFilter;
  current: CurrentTargets;
  query: string;
  onFilter: (filter: MemoFilter) => void;
  onQuery: (query: string) => void;
  /** Shown at the end of the first row (the "New memo" button). */
  children?: ReactNode;
}

/** Which memos to show (all, or about the project / this document / code / segment) and a search. */
export function MemoFilterBar(props: MemoFilterBarProps) {
  const { filter, current, query, onFilter, onQuery, children } = props;
  const { t } = useI18n();
  const selectId = useId();
  return (
    <div className="memos-controls">
      <label htmlFor={selectId} className="visually-hidden">
        {t('memos.filter')}
      </label>
      <select
        id={selectId}
        value={filter}
        onChange={(event) => {
          onFilter(event.target.value as MemoFilter);
        }}
      >
        {MEMO_FILTERS.map((value) => (
          <option
            key={value}
            value={value}
            disabled={value !== 'all' && value !== 'project' && current[value] === null}
          >
            {t(`memos.filter.${value}`)}
          </option>
        ))}
      </select>
      {children}
      <input
        type="search"
        className="memos-search"
        aria-label={t('memos.search')}
        placeholder={t('memos.searchPlaceholder')}
        value={query}
        onChange={(event) => {
          onQuery(event.target.value);
        }}
      />
    </div>
  );
}
