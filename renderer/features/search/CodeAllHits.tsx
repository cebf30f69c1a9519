import { useId, useRef, useState } from 'react';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { CodeAllHitsDialog } from './CodeAllHitsDialog';
import type { SearchHit } from './group-hits';

/** Pick a code, preview every hit, and code the ticked ones with segments.codeMany. */
export function CodeAllHits({ hits }: { hits: SearchHit[] }) {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const i18n = useI18n();
  const { t } = i18n;
  const selectId = useId();
  const codes = useWorkspace((s) => s.codes);
  const [codeId, setCodeId] = useState('');
  const [previewing, setPreviewing] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const closePreview = (): void => {
    setPreviewing(false);
    opener.current?.focus();
  };
  const code = codes.find((c) => c.id === codeId);

  const apply = async (chosen: SearchHit[]): Promise<void> => {
    if (code === undefined) return;
    try {
      const coded = await client.call('segments.codeMany', {
        hits: chosen.map(({ documentId, start, end }) => ({ documentId, start, end })),
        codeIds: [code.id],
      });
      closePreview();
      await store.afterChange();
      const text =
        coded.length === 1
          ? t('search.codedOne', { code: code.path })
          : t('search.coded', { count: i18n.number(coded.length), code: code.path });
      store.set({ notice: { kind: 'info', text }, lastCodeIds: [code.id] });
    } catch (error) {
      store.fail(error);
    }
  };

  return (
    <div className="search-code-all">
      <label htmlFor={selectId}>{t('search.codeAll')}</label>
      <select
        id={selectId}
        value={codeId}
        onChange={(event) => {
          setCodeId(event.target.value);
        }}
      >
        <option value="">{t('search.chooseCode')}</option>
        {codes
          .filter((c) => c.codable)
          .map((c) => (
            <option key={c.id} value={c.id}>
              {c.path}
            </option>
          ))}
      </select>
      <button
        ref={opener}
        type="button"
        className="search-primary"
        disabled={code === undefined || hits.length === 0}
        aria-haspopup="dialog"
        onClick={() => {
          setPreviewing(true);
        }}
      >
        {t('search.codeAllButton')}
      </button>
      {previewing && code !== undefined && (
        <CodeAllHitsDialog
          hits={hits}
          codeName={code.path}
          onApply={apply}
          onClose={() => {
            closePreview();
          }}
        />
      )}
    </div>
  );
}
