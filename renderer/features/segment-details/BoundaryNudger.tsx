import type { MouseEvent } from 'react';
import type { TextRange } from '../../app/workspace-store';
import { useI18n } from '../../i18n/LanguageProvider';
import { nudgeRange, type Edge } from './nudge-range';

interface BoundaryNudgerProps {
  /** The document's canonical text, or null when the document is not open. */
  text: string | null;
  range: TextRange;
  onResize: (range: TextRange) => void;
}

const BUTTONS = [
  { edge: 'start', direction: -1, label: 'segmentDetails.startEarlier', glyph: '←' },
  { edge: 'start', direction: 1, label: 'segmentDetails.startLater', glyph: '→' },
  { edge: 'end', direction: -1, label: 'segmentDetails.endEarlier', glyph: '←' },
  { edge: 'end', direction: 1, label: 'segmentDetails.endLater', glyph: '→' },
] as const;

/** Moves the segment's start or end by a word (a character with Shift). */
export function BoundaryNudger({ text, range, onResize }: BoundaryNudgerProps) {
  const { t } = useI18n();
  if (text === null) return <p className="segment-muted">{t('segmentDetails.notOpen')}</p>;
  const click = (edge: Edge, direction: -1 | 1) => (event: MouseEvent) => {
    const next = nudgeRange(text, range, edge, direction, event.shiftKey ? 'char' : 'word');
    if (next) onResize(next);
  };
  const group = (edge: Edge) => (
    <div className="nudge-group" role="group" aria-label={t(`segmentDetails.${edge}`)}>
      <span className="nudge-label">{t(`segmentDetails.${edge}`)}</span>
      {BUTTONS.filter((b) => b.edge === edge).map((b) => (
        <button
          key={b.label}
          type="button"
          className="nudge-button"
          aria-label={t(b.label)}
          title={`${t(b.label)} — ${t('segmentDetails.boundariesHint')}`}
          disabled={nudgeRange(text, range, edge, b.direction, 'char') === null}
          onClick={click(edge, b.direction)}
        >
          {b.glyph}
        </button>
      ))}
    </div>
  );
  return (
    <div className="nudger">
      {group('start')}
      {group('end')}
      <p className="segment-muted nudge-hint">{t('segmentDetails.boundariesHint')}</p>
    </div>
  );
}
