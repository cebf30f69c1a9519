import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/LanguageProvider';
import type { MessageKey } from '../../i18n/create-translator';
import { LinkForm } from './LinkForm';

interface ToolDef {
  key: string;
  label: MessageKey;
  face: ReactNode;
  active: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
}

const TOOLS: ToolDef[] = [
  {
    key: 'bold',
    label: 'memos.bold',
    face: <b>B</b>,
    active: (e) => e.isActive('bold'),
    run: (e) => e.chain().focus().toggleBold().run(),
  },
  {
    key: 'italic',
    label: 'memos.italic',
    face: <i>I</i>,
    active: (e) => e.isActive('italic'),
    run: (e) => e.chain().focus().toggleItalic().run(),
  },
  {
    key: 'h2',
    label: 'memos.heading2',
    face: 'H2',
    active: (e) => e.isActive('heading', { level: 2 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    key: 'h3',
    label: 'memos.heading3',
    face: 'H3',
    active: (e) => e.isActive('heading', { level: 3 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
  },
  {
    key: 'bullet',
    label: 'memos.bulletList',
    face: '•≡',
    active: (e) => e.isActive('bulletList'),
    run: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    key: 'ordered',
    label: 'memos.orderedList',
    face: '1≡',
    active: (e) => e.isActive('orderedList'),
    run: (e) => e.chain().focus().toggleOrderedList().run(),
  },
];

/** Formatting buttons that show, with aria-pressed, what applies at the cursor. */
export function MemoToolbar({ editor }: { editor: Editor }) {
  const { t } = useI18n();
  const [linking, setLinking] = useState(false);
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => TOOLS.map((tool) => tool.active(e)).join(','),
  });
  const link = useEditorState({ editor, selector: ({ editor: e }) => e.isActive('link') });
  const pressed = active.split(',');
  return (
    <div className="memo-toolbar-wrap">
      <div className="memo-toolbar" role="toolbar" aria-label={t('memos.toolbar')}>
        {TOOLS.map((tool, index) => (
          <button
            key={tool.key}
            type="button"
            aria-label={t(tool.label)}
            title={t(tool.label)}
            aria-pressed={pressed[index] === 'true'}
            onMouseDown={(event) => {
              event.preventDefault();
            }}
            onClick={() => {
              tool.run(editor);
            }}
          >
            {tool.face}
          </button>
        ))}
        <button
          type="button"
          aria-label={t('memos.link')}
          title={t('memos.link')}
          aria-pressed={link}
          aria-expanded={linking}
          onClick={() => {
            setLinking((open) => !open);
          }}
        >
          <LinkIcon />
        </button>
      </div>
      {linking && (
        <LinkForm
          editor={editor}
          onDone={() => {
            setLinking(false);
          }}
        />
      )}
    </div>
  );
}

function LinkIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </svg>
  );
}
