import { useEffect, useId, useRef, useState } from 'react';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import type { CoderItem } from './use-coders';
import { isCoderShown } from './visible-segments';

/**
 * Whose codings the document shows: a checkbox per coder, and blind coding (only the current
 * coder's, for independent coding before an agreement check). Both are remembered per project.
 */
export function CoderFilter({ coders }: { coders: readonly CoderItem[] }) {
  const { t, number } = useI18n();
  const store = useWorkspaceStore();
  const project = useWorkspace((s) => s.project);
  const hidden = useWorkspace((s) => s.hiddenCoderIds);
  const blind = useWorkspace((s) => s.blindMode);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (event: MouseEvent): void => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => {
      document.removeEventListener('mousedown', onDown);
    };
  }, [open]);
  const me = project?.coder.id;
  const filter = { hiddenCoderIds: hidden, blindMode: blind, project };
  const shown = coders.filter((c) => isCoderShown(filter, c.id)).length;
  const summary = blind
    ? t('documentView.coders.summaryBlind')
    : shown === coders.length
      ? t('documentView.coders.summaryAll')
      : t('documentView.coders.summarySome', {
          shown: number(shown),
          total: number(coders.length),
        });
  const toggle = (id: string, show: boolean): void => {
    const rest = hidden.filter((h) => h !== id);
    store.setCoderFilter({ hiddenCoderIds: show ? rest : [...rest, id] });
  };
  return (
    <div className="coder-filter" ref={rootRef}>
      <label className="coder-blind">
        <input
          type="checkbox"
          checked={blind}
          onChange={(e) => {
            store.setCoderFilter({ blindMode: e.target.checked });
          }}
          aria-describedby={`${panelId}-blind`}
        />
        <span>{t('documentView.coders.blind')}</span>
        <span id={`${panelId}-blind`} className="visually-hidden">
          {t('documentView.coders.blindHint')}
        </span>
      </label>
      {coders.length > 1 && (
        <button
          ref={buttonRef}
          type="button"
          className="coder-filter-button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => {
            setOpen(!open);
          }}
        >
          <span className="coder-filter-dots" aria-hidden>
            {coders.slice(0, 4).map((c) => (
              <span
                key={c.id}
                className={`coder-dot${isCoderShown(filter, c.id) ? '' : ' is-off'}`}
                style={{ background: c.color }}
              />
            ))}
          </span>
          {summary}
          <span aria-hidden> ▾</span>
        </button>
      )}
      {open && (
        <fieldset
          id={panelId}
          className="coder-filter-panel"
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.stopPropagation();
            setOpen(false);
            buttonRef.current?.focus();
          }}
        >
          <legend>{t('documentView.coders.legend')}</legend>
          {coders.map((c) => (
            <label key={c.id} className="coder-filter-row">
              <input
                type="checkbox"
                data-coder-id={c.id}
                checked={isCoderShown(filter, c.id)}
                disabled={blind}
                onChange={(e) => {
                  toggle(c.id, e.target.checked);
                }}
              />
              <span className="coder-dot" style={{ background: c.color }} aria-hidden />
              <span>{c.id === me ? t('documentView.coders.you', { name: c.name }) : c.name}</span>
            </label>
          ))}
          {blind && <p className="coder-filter-note">{t('documentView.coders.blindNote')}</p>}
        </fieldset>
      )}
    </div>
  );
}
