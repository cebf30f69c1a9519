import { useId, useState, type KeyboardEvent } from 'react';
import type { CodeItem } from '../../app/workspace-store';
import { useI18n } from '../../i18n/LanguageProvider';

interface AddCodeComboboxProps {
  codes: readonly CodeItem[];
  /** Codes the segment already has; they are not offered. */
  exclude: readonly string[];
  onAdd: (codeId: string) => void;
}

/** A filterable list of codes (ARIA combobox with a listbox popup) to add one to the segment. */
export function AddCodeCombobox({ codes, exclude, onAdd }: AddCodeComboboxProps) {
  const { t } = useI18n();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const q = query.trim().toLocaleLowerCase();
  const options = codes
    .filter((c) => c.codable && !exclude.includes(c.id) && c.path.toLocaleLowerCase().includes(q))
    .slice(0, 30);
  const current = options[Math.min(active, options.length - 1)];
  const pick = (code: CodeItem | undefined): void => {
    if (!code) return;
    onAdd(code.id);
    setQuery('');
    setOpen(false);
    setActive(0);
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };
    const step = moves[event.key];
    if (step !== undefined) {
      event.preventDefault();
      setOpen(true);
      setActive((a) => Math.max(0, Math.min(options.length - 1, a + step)));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      pick(current);
    } else if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
    }
  };
  return (
    <div className="add-code">
      <input
        type="text"
        role="combobox"
        aria-label={t('segmentDetails.addCode')}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && current ? `${listId}-${current.id}` : undefined}
        placeholder={t('segmentDetails.addCodePlaceholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => {
          setOpen(true);
        }}
        onBlur={() => {
          setOpen(false);
        }}
        onKeyDown={onKeyDown}
      />
      {open && (
        <ul
          id={listId}
          role="listbox"
          className="add-code-list"
          aria-label={t('segmentDetails.addCode')}
        >
          {options.length === 0 && <li className="add-code-none">{t('segmentDetails.noMatch')}</li>}
          {options.map((code) => (
            <li
              key={code.id}
              id={`${listId}-${code.id}`}
              role="option"
              aria-selected={code === current}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(code);
              }}
            >
              <span className="chip-swatch" style={{ background: code.color }} aria-hidden="true" />
              {code.path.replaceAll('/', ' / ')}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
