import { useEffect, useMemo, useState, type RefObject } from 'react';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';
import type { SegmentItem } from '../../app/workspace-store';
import { useI18n } from '../../i18n/LanguageProvider';
import { layoutStripes, type Stripe } from './layout-stripes';
import { measureStripes } from './measure-stripes';
import type { Reader } from './use-reader';
import { visibleSegments } from './visible-segments';

export const STRIPE_WIDTH = 16;
export const STRIPE_COLUMNS = 6;

interface Props {
  reader: Reader;
  scrollerRef: RefObject<HTMLElement | null>;
  sheetRef: RefObject<HTMLElement | null>;
}

/** Coding stripes in the left margin, like MAXQDA: a bar per code of each visible segment. */
export function CodingStripes({ reader, scrollerRef, sheetRef }: Props) {
  const { t } = useI18n();
  const store = useWorkspaceStore();
  const segments = useWorkspace(visibleSegments);
  const codes = useWorkspace((s) => s.codes);
  const selectedId = useWorkspace((s) => s.selectedSegmentId);
  const stripes = useStripes(reader, scrollerRef, sheetRef, segments);
  const codeById = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  const segmentById = useMemo(() => new Map(segments.map((s) => [s.id, s])), [segments]);
  return (
    <div className="coding-stripes" aria-label={t('documentView.stripes')} role="group">
      {stripes.map((stripe) => {
        const code = codeById.get(stripe.codeId);
        const quote = segmentById.get(stripe.segmentId)?.quote ?? '';
        const label = t('documentView.stripeLabel', {
          code: code?.path ?? '',
          quote: quote.length > 60 ? `${quote.slice(0, 60)}…` : quote,
        });
        return (
          <button
            key={stripe.key}
            type="button"
            tabIndex={-1}
            className={`coding-stripe${stripe.segmentId === selectedId ? ' is-selected' : ''}`}
            data-segment-id={stripe.segmentId}
            data-code-id={stripe.codeId}
            aria-label={label}
            title={label}
            style={{
              top: stripe.top,
              height: Math.max(stripe.bottom - stripe.top, 14),
              right: stripe.column * STRIPE_WIDTH,
              ['--stripe-color' as string]: code?.color ?? '#888888',
            }}
            onClick={() => {
              store.selectSegment(stripe.segmentId);
            }}
          >
            <span className="coding-stripe-label">{code?.name ?? ''}</span>
          </button>
        );
      })}
    </div>
  );
}

/** Stripes measured after render, then again on scroll (once per frame) and resize. */
function useStripes(
  reader: Reader,
  scrollerRef: RefObject<HTMLElement | null>,
  sheetRef: RefObject<HTMLElement | null>,
  segments: readonly SegmentItem[],
): Stripe[] {
  const [stripes, setStripes] = useState<Stripe[]>([]);
  useEffect(() => {
    const scroller = scrollerRef.current;
    const sheet = sheetRef.current;
    if (!scroller || !sheet) return;
    const own = segments.filter((s) => s.documentId === reader.documentId);
    let frame = 0;
    const measure = (): void => {
      frame = 0;
      // A frame can still come after another document replaced this reader.
      if (reader.editor.isDestroyed) return;
      setStripes(layoutStripes(measureStripes(reader, own, scroller, sheet), STRIPE_COLUMNS));
    };
    const schedule = (): void => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    schedule();
    scroller.addEventListener('scroll', schedule, { passive: true });
    const resize = new ResizeObserver(schedule);
    resize.observe(sheet);
    return () => {
      cancelAnimationFrame(frame);
      scroller.removeEventListener('scroll', schedule);
      resize.disconnect();
    };
  }, [reader, scrollerRef, sheetRef, segments]);
  return stripes;
}
