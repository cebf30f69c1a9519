import { EditorContent, useEditor } from '@tiptap/react';
import { useId, useState } from 'react';
import type { Input } from '../../../core/api/contract';
import { useClient } from '../../app/ClientProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { DeleteMemo } from './DeleteMemo';
import type { Memo } from './MemoEditor';
import { MemoToolbar } from './MemoToolbar';
import { SaveStatusText } from './SaveStatusText';
import { memoExtensions } from './memo-extensions';
import { useAutosave } from './use-autosave';

type MemoPatch = Omit<Input<'memos.update'>, 'id'>;

interface MemoFormProps {
  memo: Memo;
  focusTitle: boolean;
  onSaved: (memo: Memo) => void;
  onDeleted: (id: string) => void;
}

/** Title, toolbar and rich-text body of one memo, saved as the user types. */
export function MemoForm({ memo, focusTitle, onSaved, onDeleted }: MemoFormProps) {
  const { client } = useClient();
  const { t } = useI18n();
  const titleId = useId();
  const [title, setTitle] = useState(memo.title);
  const [saver, saveState] = useAutosave<MemoPatch>(async (patch) => {
    onSaved(await client.call('memos.update', { id: memo.id, ...patch }));
  });
  const editor = useEditor({
    extensions: memoExtensions(),
    content: memo.bodyJson,
    editorProps: {
      attributes: { 'aria-label': t('memos.body'), class: 'memo-prose', spellcheck: 'true' },
    },
    onUpdate: ({ editor: e }) => {
      saver.schedule({ bodyJson: e.getJSON(), bodyText: e.getText() });
    },
    onBlur: () => void saver.flush(),
  });

  return (
    <div className="memo-form">
      <div className="memo-form-head">
        <label htmlFor={titleId} className="visually-hidden">
          {t('memos.title')}
        </label>
        <input
          id={titleId}
          className="memo-title"
          value={title}
          placeholder={t('memos.titlePlaceholder')}
          autoFocus={focusTitle}
          maxLength={500}
          onChange={(event) => {
            setTitle(event.target.value);
            saver.schedule({ title: event.target.value });
          }}
          onBlur={() => void saver.flush()}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              editor.commands.focus('start');
            }
          }}
        />
        <SaveStatusText state={saveState} />
      </div>
      <MemoToolbar editor={editor} />
      <EditorContent editor={editor} className="memo-body" />
      <DeleteMemo
        memoTitle={title || t('memos.untitled')}
        onConfirm={async () => {
          saver.cancel();
          await client.call('memos.delete', { id: memo.id });
          onDeleted(memo.id);
        }}
      />
    </div>
  );
}
