import type { Editor } from '@tiptap/core';
import { useId, useState, type SyntheticEvent } from 'react';
import { useI18n } from '../../i18n/LanguageProvider';
import { isSafeHref } from './safe-href';

/** Sets or removes the link on the selection; refuses anything but http, https and mailto. */
export function LinkForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const { t } = useI18n();
  const inputId = useId();
  const [href, setHref] = useState(() => String(editor.getAttributes('link').href ?? ''));
  const [invalid, setInvalid] = useState(false);

  const apply = (event: SyntheticEvent): void => {
    event.preventDefault();
    const value = href.trim();
    if (!isSafeHref(value)) {
      setInvalid(true);
      return;
    }
    editor.chain().focus().extendMarkRange('link').setLink({ href: value }).run();
    onDone();
  };
  const remove = (): void => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onDone();
  };
  return (
    <form className="memo-link-form" onSubmit={apply}>
      <label htmlFor={inputId}>{t('memos.linkUrl')}</label>
      <input
        id={inputId}
        type="url"
        value={href}
        placeholder="https://"
        aria-invalid={invalid}
        autoFocus
        onChange={(event) => {
          setHref(event.target.value);
          setInvalid(false);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onDone();
        }}
      />
      <button type="submit">{t('memos.linkApply')}</button>
      <button type="button" onClick={remove}>
        {t('memos.linkRemove')}
      </button>
      {invalid && (
        <p className="memo-link-error" role="alert">
          {t('memos.linkInvalid')}
        </p>
      )}
    </form>
  );
}
