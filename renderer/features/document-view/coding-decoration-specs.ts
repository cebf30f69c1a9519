import type { OffsetMap } from '../../ui/offset-map';
import { splitByBlocks, type BlockBounds } from './block-bounds';
import type { CodingPiece } from '../../ui/to-segments';

/** One inline decoration to draw: ProseMirror range, DOM attributes and the piece's offsets. */
export interface CodingDecorationSpec {
  from: number;
  to: number;
  attrs: Record<string, string>;
  /** Canonical-text offsets of the piece, so a redraw can find the decorations of a span. */
  start: number;
  end: number;
}

const MAX_UNDERLINES = 4;
const FALLBACK_COLOR = '#888888';

/** `#rrggbb` at this opacity, as rgba(). */
export function withAlpha(hex: string, alpha: number): string {
  const value = /^#[0-9a-f]{6}$/iu.test(hex) ? hex : FALLBACK_COLOR;
  const n = Number.parseInt(value.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** The inline style of a piece: a tint and an underline per code, stacked so overlaps show. */
export function pieceStyle(colors: readonly string[]): string {
  if (colors.length === 1) {
    const color = colors[0] ?? FALLBACK_COLOR;
    return `background-color: ${withAlpha(color, 0.2)}; box-shadow: inset 0 -2px 0 ${color};`;
  }
  const fills = colors.map((c) => `linear-gradient(${withAlpha(c, 0.14)}, ${withAlpha(c, 0.14)})`);
  const lines = colors.slice(0, MAX_UNDERLINES).map((c, i) => `inset 0 -${2 * (i + 1)}px 0 ${c}`);
  return `background-image: ${fills.join(', ')}; box-shadow: ${lines.join(', ')};`;
}

/** Decorations for coding pieces, with positions from the offset map. */
export function codingDecorationSpecs(
  pieces: readonly CodingPiece[],
  map: OffsetMap,
  colorOf: (codeId: string) => string,
  blocks: BlockBounds,
): CodingDecorationSpec[] {
  const specs: CodingDecorationSpec[] = [];
  // Pieces share a handful of code combinations: build each style string once.
  const styles = new Map<string, string>();
  for (const piece of pieces) {
    const from = map.toPos(piece.start, 'start');
    const to = map.toPos(piece.end, 'end');
    if (to <= from) continue;
    const segmentIds = piece.segmentIds.join(' ');
    const codeIds = piece.codeIds.join(' ');
    let style = styles.get(codeIds);
    if (style === undefined) {
      style = pieceStyle(piece.codeIds.map(colorOf));
      styles.set(codeIds, style);
    }
    const multi = piece.codeIds.length > 1 ? ' coding--multi' : '';
    const attrs = {
      class: `coding${multi}`,
      style,
      'data-segment-ids': segmentIds,
      'data-code-ids': codeIds,
    };
    for (const [a, b] of splitByBlocks(from, to, blocks)) {
      specs.push({ from: a, to: b, attrs, start: piece.start, end: piece.end });
    }
  }
  return specs;
}
