import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { CodeItem } from '../../app/workspace-store';
import { useI18n } from '../../i18n/LanguageProvider';
import { fuzzyFilter } from './fuzzy-match';
import type { CodingTarget } from './use-coding-actions';

interface Props {
  codes: readonly CodeItem[];
  target: CodingTarget;
  /** Codes the selected segment carries (segment mode). */
  appliedIds: readonly string[];
  onPick: (codeId: string) => void;
  onClose: () => void;
}

/** Type-ahead code chooser: fuzzy match on the code path, arrows to move, Enter to apply. */
export function CodePalette({ codes, target, appliedIds, onPick, onClose }: Props) {
  const { t } = useI18n();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(
    () =>
      fuzzyFilter(
        codes.filter((c) => c.codable),
        query,
        (c) => c.path,
      ),
    [codes, query],
  );
  const current = matches[Math.min(active, matches.length - 1)];
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, matches.length - 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (event.key === 'Escape') onClose();
    else if (event.key === 'Enter' && current && target) onPick(current.id);
    else return;
    event.preventDefault();
  };
  const title =
    target === 'segment' ? 'documentView.palette.titleSegment' : 'documentView.palette.title';
  return (
    <div className="code-palette-backdrop" onMouseDown={onClose}>
      <div
        className="code-palette"
        role="dialog"
        aria-modal="true"
        aria-label={t(title)}
        onMouseDown={(e) => {
          e.stopPropagation();
        }}
      >
        <input
          className="code-palette-input"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={current ? `${listId}-${current.id}` : undefined}
          aria-label={t(title)}
          placeholder={t('documentView.palette.placeholder')}
          autoFocus
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        {!target && <p className="code-palette-note">{t('documentView.palette.noTarget')}</p>}
        <ul className="code-palette-list" role="listbox" id={listId} aria-label={t(title)}>
          {matches.map((code) => (
            <li
              key={code.id}
              id={`${listId}-${code.id}`}
              role="option"
              aria-selected={code === current}
              className="code-palette-option"
              onMouseEnter={() => {
                setActive(matches.indexOf(code));
              }}
              onClick={() => {
                if (target) onPick(code.id);
              }}
            >
              <span className="code-swatch" style={{ background: code.color }} aria-hidden="true" />
              <span className="code-palette-path">{code.path}</span>
              {appliedIds.includes(code.id) && (
                <span className="code-palette-applied">✓ {t('documentView.palette.applied')}</span>
              )}
              {code.shortcut && <kbd>{code.shortcut}</kbd>}
            </li>
          ))}
        </ul>
        {matches.length === 0 && (
          <p className="code-palette-note">
            {codes.length === 0
              ? t('documentView.noCodes')
              : t('documentView.palette.none', { query })}
          </p>
        )}
        <p className="code-palette-help">{t('documentView.palette.help')}</p>
      </div>
    </div>
  );
}
