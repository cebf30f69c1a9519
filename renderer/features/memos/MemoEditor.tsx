import { useEffect, useState } from 'react';
import type { Output } from '../../../core/api/contract';
import { useClient } from '../../app/ClientProvider';
import { useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { MemoForm } from './MemoForm';

export type Memo = Output<'memos.get'>;

interface MemoEditorProps {
  memoId: string;
  /** Focus the title once loaded (a memo just created). */
  focusTitle: boolean;
  onSaved: (memo: Memo) => void;
  onDeleted: (id: string) => void;
}

/** Loads one memo and edits it; keyed by memo id so switching memos saves the previous one. */
export function MemoEditor({ memoId, focusTitle, onSaved, onDeleted }: MemoEditorProps) {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const { t } = useI18n();
  const [memo, setMemo] = useState<Memo | null>(null);
  useEffect(() => {
    let live = true;
    client.call('memos.get', { id: memoId }).then((loaded) => {
      if (live) setMemo(loaded);
    }, store.fail);
    return () => {
      live = false;
    };
  }, [client, store, memoId]);
  if (memo === null) {
    return <p className="memos-muted">{t('memos.loading')}</p>;
  }
  return <MemoForm memo={memo} focusTitle={focusTitle} onSaved={onSaved} onDeleted={onDeleted} />;
}
