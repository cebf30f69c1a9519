import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/LanguageProvider';
import { Snippet } from './Snippet';
import { hitKey, type SearchHit } from './group-hits';

interface CodeAllHitsDialogProps {
  hits: SearchHit[];
  codeName: string;
  onApply: (hits: SearchHit[]) => Promise<void>;
  onClose: () => void;
}

/** Every hit with a checkbox, all ticked; Apply codes the ticked ones in one step. */
export function CodeAllHitsDialog({ hits, codeName, onApply, onClose }: CodeAllHitsDialogProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const chosen = hits.filter((hit) => !excluded.has(hitKey(hit)));

  useEffect(() => {
    dialog.current?.querySelector<HTMLElement>('.search-dialog-apply')?.focus();
  }, []);

  const toggle = (key: string): void => {
    setExcluded((was) => {
      const next = new Set(was);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  };
  const apply = (): void => {
    setBusy(true);
    void onApply(chosen).finally(() => {
      setBusy(false);
    });
  };

  return (
    <div className="search-backdrop">
      <div
        ref={dialog}
        className="search-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(event) => {
          trapKeys(event, dialog.current, onClose);
        }}
      >
        <h2 id={titleId}>
          {t('search.preview', { count: i18n.number(hits.length), code: codeName })}
        </h2>
        <p className="search-muted">{t('search.previewHint')}</p>
        <div className="search-dialog-bar">
          <button
            type="button"
            onClick={() => {
              setExcluded(new Set());
            }}
          >
            {t('search.selectAll')}
          </button>
          <button
            type="button"
            onClick={() => {
              setExcluded(new Set(hits.map(hitKey)));
            }}
          >
            {t('search.selectNone')}
          </button>
          <span role="status">
            {t('search.selected', {
              selected: i18n.number(chosen.length),
              total: i18n.number(hits.length),
            })}
          </span>
        </div>
        <ul className="search-dialog-list">
          {hits.map((hit, index) => (
            <li key={hitKey(hit)}>
              <label>
                <input
                  type="checkbox"
                  checked={!excluded.has(hitKey(hit))}
                  aria-label={t('search.includeHit', { n: index + 1, title: hit.title })}
                  onChange={() => {
                    toggle(hitKey(hit));
                  }}
                />
                <span>
                  <span className="search-dialog-doc">
                    {hit.title}
                    {hit.page &&
                      ` · ${t('search.page', { label: hit.page.label ?? String(hit.page.page) })}`}
                  </span>
                  <Snippet snippet={hit.snippet} start={hit.start} />
                </span>
              </label>
            </li>
          ))}
        </ul>
        <div className="search-dialog-actions">
          <button type="button" onClick={onClose}>
            {t('search.cancel')}
          </button>
          <button
            type="button"
            className="search-primary search-dialog-apply"
            disabled={busy || chosen.length === 0}
            onClick={apply}
          >
            {busy ? t('search.applying') : t('search.apply')}
          </button>
        </div>
      </div>
    </div>
  );
}

/** Escape closes; Tab stays inside the dialog. */
function trapKeys(event: KeyboardEvent, root: HTMLElement | null, onClose: () => void): void {
  if (event.key === 'Escape') {
    event.preventDefault();
    onClose();
    return;
  }
  if (event.key !== 'Tab' || root === null) return;
  const focusable = [...root.querySelectorAll<HTMLElement>('button:not(:disabled), input')];
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last?.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first?.focus();
  }
}
