import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { Output } from '../../../core/api/contract';
import { useI18n } from '../../i18n/LanguageProvider';

type Graph = Output<'network.graph'>;
type Point = { x: number; y: number };

const WIDTH = 1000;
const HEIGHT = 700;

interface NetworkCanvasProps {
  graph: Graph;
  positions: Readonly<Record<string, Point>>;
  selected: readonly string[];
  onMove: (id: string, point: Point) => void;
  onSelect: (id: string) => void;
}

/** Node radius: area grows with the code's codings (as in core's SVG). */
function radius(codings: number, max: number): number {
  return max <= 0 ? 14 : Math.round(14 + 22 * Math.sqrt(codings / max));
}

/** The interactive network: drag or arrow-key nodes to lay out, click or Enter to select. */
export function NetworkCanvas({
  graph,
  positions,
  selected,
  onMove,
  onSelect,
}: NetworkCanvasProps) {
  const { t, number } = useI18n();
  const svg = useRef<SVGSVGElement>(null);
  const drag = useRef<{ id: string; moved: boolean } | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const at = (id: string): Point => {
    const node = graph.nodes.find((n) => n.id === id);
    return positions[id] ?? { x: node?.x ?? 0, y: node?.y ?? 0 };
  };
  const maxCodings = Math.max(0, ...graph.nodes.map((n) => n.codings));
  const maxValue = Math.max(0, ...graph.edges.map((e) => e.value));
  const toSvg = (event: PointerEvent): Point => {
    const matrix = svg.current?.getScreenCTM()?.inverse();
    if (!matrix) return { x: 0, y: 0 };
    const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix);
    return {
      x: Math.round(clamp(p.x, 20, WIDTH - 20)),
      y: Math.round(clamp(p.y, 20, HEIGHT - 20)),
    };
  };
  const onKeyDown = (event: KeyboardEvent, id: string): void => {
    const step = event.shiftKey ? 50 : 10;
    const delta: Record<string, Point> = {
      ArrowUp: { x: 0, y: -step },
      ArrowDown: { x: 0, y: step },
      ArrowLeft: { x: -step, y: 0 },
      ArrowRight: { x: step, y: 0 },
    };
    const d = delta[event.key];
    if (d !== undefined) {
      event.preventDefault();
      const p = at(id);
      onMove(id, { x: clamp(p.x + d.x, 20, WIDTH - 20), y: clamp(p.y + d.y, 20, HEIGHT - 20) });
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(id);
    }
  };
  const seen = new Map<string, number>();

  return (
    <svg
      ref={svg}
      className="network-canvas"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="group"
      aria-label={t('network.canvas')}
    >
      <defs>
        <marker
          id="network-arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="8"
          markerHeight="8"
          orient="auto-start-reverse"
        >
          <path d="M0 0 L10 5 L0 10 z" fill="#7b3294" />
        </marker>
      </defs>
      {graph.edges.map((e) => {
        const a = at(e.codeA);
        const b = at(e.codeB);
        const w = maxValue > 0 ? 1 + (5 * e.value) / maxValue : 1;
        return (
          <line
            key={`${e.codeA}|${e.codeB}`}
            x1={a.x}
            y1={a.y}
            x2={b.x}
            y2={b.y}
            stroke="#9aa5b1"
            strokeWidth={w}
          >
            <title>{number(Math.round(e.value * 100) / 100)}</title>
          </line>
        );
      })}
      {graph.links.map((l) => {
        const from = graph.nodes.find((n) => n.id === l.sourceCodeId);
        const to = graph.nodes.find((n) => n.id === l.targetCodeId);
        if (!from || !to) return null;
        const key = [l.sourceCodeId, l.targetCodeId].sort().join('|');
        const nth = seen.get(key) ?? 0;
        seen.set(key, nth + 1);
        const s = rimToRim(
          at(from.id),
          at(to.id),
          radius(from.codings, maxCodings),
          radius(to.codings, maxCodings),
          nth * 14,
        );
        return (
          <g key={l.id} className="network-link">
            <line
              x1={s.x1}
              y1={s.y1}
              x2={s.x2}
              y2={s.y2}
              stroke="#7b3294"
              strokeWidth={2}
              markerEnd="url(#network-arrow)"
            />
            <text
              x={(s.x1 + s.x2) / 2}
              y={(s.y1 + s.y2) / 2 - 4}
              textAnchor="middle"
              className="network-link-label"
            >
              {l.type}
            </text>
          </g>
        );
      })}
      {graph.nodes.map((n) => {
        const p = at(n.id);
        const r = radius(n.codings, maxCodings);
        const isSelected = selected.includes(n.id);
        return (
          <g
            key={n.id}
            role="button"
            tabIndex={0}
            aria-pressed={isSelected}
            aria-label={t('network.node', { name: n.path, count: number(n.codings) })}
            data-code={n.name}
            className={`network-node${isSelected ? ' network-node-selected' : ''}${focused === n.id ? ' network-node-focused' : ''}`}
            onFocus={() => {
              setFocused(n.id);
            }}
            onBlur={() => {
              setFocused(null);
            }}
            onKeyDown={(e) => {
              onKeyDown(e, n.id);
            }}
            onPointerDown={(e) => {
              e.currentTarget.setPointerCapture(e.pointerId);
              drag.current = { id: n.id, moved: false };
            }}
            onPointerMove={(e) => {
              if (drag.current?.id !== n.id) return;
              drag.current.moved = true;
              onMove(n.id, toSvg(e));
            }}
            onPointerUp={() => {
              if (drag.current?.id === n.id && !drag.current.moved) onSelect(n.id);
              drag.current = null;
            }}
          >
            <circle cx={p.x} cy={p.y} r={r + 5} className="network-node-ring" />
            <circle
              cx={p.x}
              cy={p.y}
              r={r}
              fill={n.color}
              fillOpacity={0.85}
              stroke="#1f2933"
              strokeWidth={1.5}
            />
            <text x={p.x} y={p.y + r + 15} textAnchor="middle" className="network-node-label">
              {n.path.length > 32 ? `${n.path.slice(0, 31)}…` : n.path}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** The segment between two circles' rims, shifted sideways by `bend`. */
function rimToRim(from: Point, to: Point, r1: number, r2: number, bend: number) {
  const d = Math.max(1, Math.hypot(to.x - from.x, to.y - from.y));
  const ux = (to.x - from.x) / d;
  const uy = (to.y - from.y) / d;
  return {
    x1: from.x + ux * r1 - uy * bend,
    y1: from.y + uy * r1 + ux * bend,
    x2: to.x - ux * (r2 + 2) - uy * bend,
    y2: to.y - uy * (r2 + 2) + ux * bend,
  };
}
