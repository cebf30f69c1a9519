import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/LanguageProvider';
import type { CodeItem } from '../../app/workspace-store';
import { CODE_COLOURS, isHexColour } from './code-colours';

interface ColourPopoverProps {
  code: CodeItem;
  onPick: (color: string) => void;
  onClose: () => void;
}

/** A palette of accessible colours plus a hex field; arrow keys move through the swatches. */
export function ColourPopover({ code, onPick, onClose }: ColourPopoverProps) {
  const { t } = useI18n();
  const [hex, setHex] = useState(code.color);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const root = ref.current;
    root?.querySelector<HTMLElement>('[aria-checked="true"], [role="radio"]')?.focus();
    return () => {
      const active = document.activeElement;
      if (active === null || active === document.body || root?.contains(active)) opener?.focus();
    };
  }, []);
  useEffect(() => {
    // A click elsewhere closes it, except on the toolbar button that toggles it.
    const onDown = (event: MouseEvent): void => {
      const target = event.target as Element | null;
      if (ref.current?.contains(target) || target?.closest('.codebook-tool-colour')) return;
      onClose();
    };
    document.addEventListener('mousedown', onDown);
    return () => {
      document.removeEventListener('mousedown', onDown);
    };
  }, [onClose]);
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    const step = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: 4, ArrowUp: -4 }[event.key];
    const target = event.target as HTMLElement;
    if (step === undefined || target.getAttribute('role') !== 'radio') return;
    event.preventDefault();
    const swatches = [...(ref.current?.querySelectorAll<HTMLElement>('[role="radio"]') ?? [])];
    const at = swatches.indexOf(target);
    swatches[(at + step + swatches.length) % swatches.length]?.focus();
  };
  return (
    <div
      ref={ref}
      className="colour-popover"
      role="dialog"
      aria-label={t('codebook.recolourLabel', { name: code.name })}
      onKeyDown={onKeyDown}
    >
      <div
        role="radiogroup"
        aria-label={t('codebook.recolourLabel', { name: code.name })}
        className="colour-grid"
      >
        {CODE_COLOURS.map((colour) => {
          const checked = colour === code.color.toLowerCase();
          return (
            <button
              key={colour}
              type="button"
              role="radio"
              aria-checked={checked}
              tabIndex={
                checked ||
                (!CODE_COLOURS.includes(code.color as never) && colour === CODE_COLOURS[0])
                  ? 0
                  : -1
              }
              aria-label={t('codebook.colourSwatch', { hex: colour })}
              className="colour-swatch"
              style={{ background: colour }}
              onClick={() => {
                onPick(colour);
              }}
            />
          );
        })}
      </div>
      <form
        className="colour-custom"
        onSubmit={(event) => {
          event.preventDefault();
          if (isHexColour(hex)) onPick(hex.trim().toLowerCase());
        }}
      >
        <label>
          {t('codebook.customColour')}
          <input
            type="text"
            value={hex}
            maxLength={7}
            onChange={(e) => {
              setHex(e.target.value);
            }}
            aria-invalid={!isHexColour(hex)}
          />
        </label>
        <button type="submit" className="cbdialog-button" disabled={!isHexColour(hex)}>
          {t('codebook.apply')}
        </button>
      </form>
    </div>
  );
}
