import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { MemoTarget } from '../../app/workspace-store';
import { useI18n } from '../../i18n/LanguageProvider';
import type { MessageKey } from '../../i18n/create-translator';
import type { CurrentTargets } from './memo-filter';

const CHOICES: { type: MemoTarget['type']; label: MessageKey }[] = [
  { type: 'project', label: 'memos.newOnProject' },
  { type: 'document', label: 'memos.newOnDocument' },
  { type: 'code', label: 'memos.newOnCode' },
  { type: 'segment', label: 'memos.newOnSegment' },
];

interface NewMemoMenuProps {
  current: CurrentTargets;
  onCreate: (target: MemoTarget) => void;
}

/** "New memo" with a menu of what it is about: the project, this document, code or segment. */
export function NewMemoMenu({ current, onCreate }: NewMemoMenuProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const choices = CHOICES.flatMap(({ type, label }) => {
    const id = type === 'project' ? null : current[type];
    return type !== 'project' && id === null ? [] : [{ target: { type, id }, label }];
  });

  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  const close = (): void => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      items[(at + step + items.length) % items.length]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      close();
    }
  };

  return (
    <div
      className="memo-new"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className="memo-primary"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => {
          setOpen((was) => !was);
        }}
      >
        {t('memos.new')} ▾
      </button>
      {open && (
        <div
          ref={menu}
          className="memo-menu"
          role="menu"
          aria-label={t('memos.newOn')}
          onKeyDown={onKeyDown}
        >
          {choices.map(({ target, label }) => (
            <button
              key={target.type}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => {
                setOpen(false);
                onCreate(target);
              }}
            >
              {t(label)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
