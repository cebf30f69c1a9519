import { useLayoutEffect, useRef, type MouseEvent } from 'react';
import { useWorkspace } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import type { CodingActions } from './use-coding-actions';
import { PALETTE_KEYS } from './use-coding-keys';
import type { Reader } from './use-reader';

interface Props {
  reader: Reader;
  actions: CodingActions;
  openPalette: () => void;
  openNewCode: () => void;
}

/** A small bar under the selection: palette, repeat last code, in vivo, new code. */
export function SelectionToolbar({ reader, actions, openPalette, openNewCode }: Props) {
  const { t } = useI18n();
  const selection = useWorkspace((s) => s.selection);
  const lastCodeIds = useWorkspace((s) => s.lastCodeIds);
  const codes = useWorkspace((s) => s.codes);
  const ref = useRef<HTMLDivElement>(null);
  // Kept inside the sheet: a selection ending near the right edge moves the bar left.
  useLayoutEffect(() => {
    const bar = ref.current;
    const parent = bar?.offsetParent;
    if (!bar || !(parent instanceof HTMLElement)) return;
    const overflow = bar.offsetLeft + bar.offsetWidth - parent.clientWidth;
    if (overflow > 0) bar.style.left = `${Math.max(0, bar.offsetLeft - overflow)}px`;
  });
  const sheet = reader.editor.view.dom.closest('.reader-sheet');
  if (!selection || !sheet) return null;
  const end = reader.editor.view.coordsAtPos(reader.map.toPos(selection.end, 'end'), -1);
  const box = sheet.getBoundingClientRect();
  const last = lastCodeIds
    .map((id) => codes.find((c) => c.id === id)?.name)
    .filter(Boolean)
    .join(', ');
  const keep = (e: MouseEvent): void => {
    e.preventDefault();
  };
  return (
    <div
      ref={ref}
      className="selection-toolbar"
      role="toolbar"
      aria-label={t('documentView.toolbar')}
      style={{ top: end.bottom - box.top + 6, left: Math.max(0, end.left - box.left - 40) }}
      onMouseDown={keep}
    >
      <button type="button" onClick={openPalette} title={PALETTE_KEYS}>
        {t('documentView.toolbar.code')} <kbd>{PALETTE_KEYS}</kbd>
      </button>
      <button
        type="button"
        disabled={last === ''}
        onClick={() => void actions.repeatLast()}
        title="Alt+R"
      >
        {last === ''
          ? t('documentView.toolbar.repeatNone')
          : t('documentView.toolbar.repeat', { code: last })}
      </button>
      <button type="button" onClick={() => void actions.inVivo()} title="Alt+V">
        {t('documentView.toolbar.inVivo')}
      </button>
      <button type="button" onClick={openNewCode} title="Alt+N">
        {t('documentView.toolbar.newCode')}
      </button>
    </div>
  );
}
