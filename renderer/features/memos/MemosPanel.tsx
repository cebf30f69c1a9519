import { useCallback, useId, useMemo, useState } from 'react';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';
import type { MemoTarget } from '../../app/workspace-store';
import { useI18n } from '../../i18n/LanguageProvider';
import { MemoEditor } from './MemoEditor';
import { MemoFilterBar } from './MemoFilterBar';
import { MemoList } from './MemoList';
import { NewMemoMenu } from './NewMemoMenu';
import { currentTargets, filterTarget, type MemoFilter } from './memo-filter';
import { useMemoList } from './use-memo-list';
import { useOpenAskedTarget } from './use-open-asked-target';
import { useSegmentQuotes } from './use-segment-quotes';
import { useTargetLabel } from './use-target-label';
import './memos.css';

const EMPTY_DOC = { type: 'doc', content: [{ type: 'paragraph' }] };

/** The memos tab: memos about the project, a document, a code or a segment, and their editor. */
export function MemosPanel() {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const { t } = useI18n();
  const headingId = useId();
  const activeDocument = useWorkspace((s) => s.activeDocument);
  const selectedSegmentId = useWorkspace((s) => s.selectedSegmentId);
  const memoTarget = useWorkspace((s) => s.memoTarget);
  const current = useMemo(
    () => currentTargets({ activeDocument, selectedSegmentId, memoTarget }),
    [activeDocument, selectedSegmentId, memoTarget],
  );
  const [filter, setFilter] = useState<MemoFilter>('all');
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const [createdId, setCreatedId] = useState<string | null>(null);
  const { rows, reload } = useMemoList(filter, current, query);
  const emptyTarget = query.trim() === '' ? filterTarget(filter, current) : undefined;
  const segmentIds = useMemo(
    () =>
      (rows ?? []).flatMap((row) =>
        row.target.type === 'segment' && row.target.id ? [row.target.id] : [],
      ),
    [rows],
  );
  const targetLabel = useTargetLabel(useSegmentQuotes(segmentIds));

  useOpenAskedTarget((target, newestId) => {
    setFilter(target.type);
    setOpenId(newestId);
  });

  const create = async (target: MemoTarget): Promise<void> => {
    const memo = await client.call('memos.create', {
      title: '',
      bodyJson: EMPTY_DOC,
      bodyText: '',
      targetType: target.type,
      targetId: target.id,
    });
    setFilter((was) => (was === 'all' ? was : target.type));
    setQuery('');
    setCreatedId(memo.id);
    setOpenId(memo.id);
    await store.afterChange();
  };
  const onDeleted = useCallback(
    (id: string) => {
      setOpenId((was) => (was === id ? null : was));
      store.afterChange().catch(store.fail);
    },
    [store],
  );

  return (
    <section className="memos-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('memos.heading')}
      </h2>
      <MemoFilterBar
        filter={filter}
        current={current}
        query={query}
        onFilter={setFilter}
        onQuery={setQuery}
      >
        <NewMemoMenu
          current={current}
          onCreate={(target) => void create(target).catch(store.fail)}
        />
      </MemoFilterBar>
      <div className={openId === null ? 'memos-list-wrap' : 'memos-list-wrap memos-list-compact'}>
        {rows === null && <p className="memos-muted">{t('memos.loading')}</p>}
        {rows !== null && rows.length === 0 && (
          <p className="memos-muted">
            {query.trim() === ''
              ? t('memos.empty')
              : t('memos.emptySearch', { query: query.trim() })}
          </p>
        )}
        {rows?.length === 0 && emptyTarget !== undefined && (
          <button
            type="button"
            className="memo-primary"
            onClick={() => void create(emptyTarget).catch(store.fail)}
          >
            {t(`memos.writeOn.${emptyTarget.type}`)}
          </button>
        )}
        {rows !== null && rows.length > 0 && (
          <MemoList rows={rows} openId={openId} targetLabel={targetLabel} onOpen={setOpenId} />
        )}
      </div>
      {openId !== null && (
        <MemoEditor
          key={openId}
          memoId={openId}
          focusTitle={openId === createdId}
          onSaved={reload}
          onDeleted={onDeleted}
        />
      )}
    </section>
  );
}
