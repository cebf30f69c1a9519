import { useEffect, useState } from 'react';
import { useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { segmentIdsOf } from './pick-segment';
import type { Reader } from './use-reader';

interface Tip {
  x: number;
  y: number;
  lines: { codes: string[]; coder: string }[];
}

/** On hover over a coding: its codes and who coded it, one line per segment. */
export function CodingTooltip({
  reader,
  coderNames,
}: {
  reader: Reader;
  coderNames: ReadonlyMap<string, string>;
}) {
  const { t } = useI18n();
  const store = useWorkspaceStore();
  const [tip, setTip] = useState<Tip | null>(null);
  useEffect(() => {
    const dom = reader.editor.view.dom;
    const onOver = (event: MouseEvent): void => {
      const ids = segmentIdsOf(event.target instanceof Element ? event.target : null);
      if (ids.length === 0) {
        setTip(null);
        return;
      }
      const { segments, codes } = store.get();
      const names = new Map(codes.map((c) => [c.id, c.path]));
      const lines = ids.flatMap((id) => {
        const s = segments.find((seg) => seg.id === id);
        if (!s) return [];
        const codeNames = s.codeIds.map((c) => names.get(c) ?? c);
        return [{ codes: codeNames, coder: coderNames.get(s.coderId) ?? '' }];
      });
      setTip({ x: event.clientX, y: event.clientY, lines });
    };
    const onLeave = (): void => {
      setTip(null);
    };
    dom.addEventListener('mouseover', onOver);
    dom.addEventListener('mouseleave', onLeave);
    return () => {
      dom.removeEventListener('mouseover', onOver);
      dom.removeEventListener('mouseleave', onLeave);
    };
  }, [reader, store, coderNames]);
  if (!tip) return null;
  return (
    <div className="coding-tooltip" role="tooltip" style={{ left: tip.x + 12, top: tip.y + 16 }}>
      {tip.lines.map((line, i) => (
        <div key={i} className="coding-tooltip-line">
          <span>{line.codes.join(', ')}</span>
          {line.coder && (
            <span className="coding-tooltip-coder">
              {t('documentView.tooltip.by', { coder: line.coder })}
            </span>
          )}
        </div>
      ))}
    </div>
  );
}
