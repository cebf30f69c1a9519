import { useState } from 'react';
import type { RetrievalQuery } from '../../../core/api/contracts/retrieval';
import { useClient } from '../../app/ClientProvider';
import { useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import type { SavedQueryItem } from './use-retrieval-data';

interface SavedQueriesProps {
  saved: readonly SavedQueryItem[];
  /** The saved query the builder shows, if any. */
  openId: string | null;
  current: () => RetrievalQuery;
  onOpen: (query: SavedQueryItem) => void;
  onSaved: (query: SavedQueryItem | null) => void;
}

/** Open, save (as new or over the open one, which also renames it) and delete saved queries. */
export function SavedQueries({ saved, openId, current, onOpen, onSaved }: SavedQueriesProps) {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const { t } = useI18n();
  const open = saved.find((q) => q.id === openId) ?? null;
  const [pick, setPick] = useState('');
  // The parent keys this component by the open query's id and name, so this starts fresh.
  const [name, setName] = useState(open?.name ?? '');
  const run = (work: () => Promise<SavedQueryItem | null>): void => {
    work().then(async (result) => {
      onSaved(result);
      await store.afterChange();
    }, store.fail);
  };
  return (
    <fieldset className="retrieval-fieldset">
      <legend>{t('retrieval.saved')}</legend>
      {saved.length > 0 && (
        <div className="retrieval-inline">
          <label className="retrieval-field retrieval-grow">
            <span className="visually-hidden">{t('retrieval.saved.pick')}</span>
            <select
              value={pick}
              onChange={(event) => {
                setPick(event.target.value);
              }}
            >
              <option value="">{t('retrieval.saved.pick')}</option>
              {saved.map((q) => (
                <option key={q.id} value={q.id}>
                  {q.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            disabled={pick === ''}
            onClick={() => {
              const query = saved.find((q) => q.id === pick);
              if (query) onOpen(query);
            }}
          >
            {t('retrieval.saved.open')}
          </button>
        </div>
      )}
      <form
        className="retrieval-inline"
        onSubmit={(event) => {
          event.preventDefault();
          const clean = name.trim();
          if (clean === '') return;
          run(() => client.call('queries.create', { name: clean, definition: current() }));
        }}
      >
        <label className="retrieval-field retrieval-grow">
          <span className="visually-hidden">{t('retrieval.saved.name')}</span>
          <input
            type="text"
            value={name}
            placeholder={t('retrieval.saved.name')}
            onChange={(event) => {
              setName(event.target.value);
            }}
          />
        </label>
        <button type="submit" disabled={name.trim() === '' || name.trim() === open?.name}>
          {t('retrieval.saved.saveNew')}
        </button>
      </form>
      {open && (
        <div className="retrieval-inline">
          <span className="hint retrieval-grow">
            {t('retrieval.saved.editing', { name: open.name })}
          </span>
          <button
            type="button"
            disabled={name.trim() === ''}
            onClick={() => {
              run(() =>
                client.call('queries.update', {
                  id: open.id,
                  name: name.trim(),
                  definition: current(),
                }),
              );
            }}
          >
            {t('retrieval.saved.update')}
          </button>
          <button
            type="button"
            onClick={() => {
              run(async () => {
                await client.call('queries.delete', { id: open.id });
                return null;
              });
            }}
          >
            {t('retrieval.saved.delete')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
