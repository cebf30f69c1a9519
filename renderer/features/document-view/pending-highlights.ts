import type { PendingCoding } from '../../app/workspace-store';
import { withAlpha } from './coding-decoration-specs';
import type { Reader } from './use-reader';

/** Paints codings waiting for the server over the text, without touching the editor. */
export interface PendingHighlights {
  /** Paints exactly these pending codings (the reader's own; others are ignored). */
  paint(pending: readonly PendingCoding[]): void;
  /**
   * Declares the ::highlight() rules for these colours ahead of time: a new style rule makes the
   * browser recompute the style of the whole document, which must not happen on a key press.
   */
  prepare(colors: Iterable<string>): void;
  /** Re-anchors the painted ranges after the editor redrew text nodes under them. */
  refresh(): void;
  destroy(): void;
}

const PREFIX = 'telaah-pending-';

/** Whether this browser has the CSS Custom Highlight API (Chromium 105+; not happy-dom). */
export function supportsHighlights(): boolean {
  return (
    typeof CSS !== 'undefined' &&
    'highlights' in CSS &&
    typeof Highlight === 'function' &&
    typeof CSSStyleSheet === 'function' &&
    'adoptedStyleSheets' in document
  );
}

/** The ::highlight() rule for one code colour: the same tint and underline as a decoration. */
export function pendingHighlightRule(name: string, color: string): string {
  return (
    `::highlight(${name}) { background-color: ${withAlpha(color, 0.2)}; ` +
    `text-decoration: underline 2px ${withAlpha(color, 1)}; text-underline-offset: 0.3em; }`
  );
}

let shared: { sheet: CSSStyleSheet; ruled: Set<string> } | null = null;

/**
 * One sheet of ::highlight() rules for the page, adopted once and kept: adding or removing a sheet
 * restyles the whole document, which opening another document should not pay for again.
 */
function sharedSheet(): { sheet: CSSStyleSheet; ruled: Set<string> } {
  if (!shared) {
    shared = { sheet: new CSSStyleSheet(), ruled: new Set() };
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, shared.sheet];
  }
  return shared;
}

/**
 * Pending codings drawn with the CSS Custom Highlight API: a Range over the text's DOM per
 * coding, styled by a ::highlight() rule per colour. No ProseMirror transaction, no decoration
 * rebuild and no layout, so the key press → highlight path is a paint of the changed lines.
 * Null where the API is missing (callers then draw pending codings as decorations).
 */
export function createPendingHighlights(
  reader: Reader,
  colorOf: (codeId: string) => string,
): PendingHighlights | null {
  if (!supportsHighlights()) return null;
  const { sheet, ruled } = sharedSheet();
  let painted = new Set<string>();
  let current: readonly PendingCoding[] = [];

  const nameFor = (color: string): string => {
    const name = `${PREFIX}${color.replace(/[^0-9a-z]/giu, '')}`;
    if (!ruled.has(name)) {
      sheet.insertRule(pendingHighlightRule(name, color), sheet.cssRules.length);
      ruled.add(name);
    }
    return name;
  };
  const prepare = (colors: Iterable<string>): void => {
    const rules = new Map<string, string>();
    for (const color of colors) {
      const name = `${PREFIX}${color.replace(/[^0-9a-z]/giu, '')}`;
      if (!ruled.has(name)) rules.set(name, pendingHighlightRule(name, color));
    }
    if (rules.size === 0) return;
    // One sheet update for all of them (one style recalculation, when the colours change).
    for (const [name, rule] of rules) {
      sheet.insertRule(rule, sheet.cssRules.length);
      ruled.add(name);
    }
  };
  const rangeOf = (p: PendingCoding): Range | null => {
    const { view } = reader.editor;
    const from = reader.map.toPos(p.start, 'start');
    const to = reader.map.toPos(p.end, 'end');
    if (to <= from) return null;
    const a = view.domAtPos(from, 1);
    const b = view.domAtPos(to, -1);
    const range = document.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range;
  };
  const draw = (): void => {
    const byName = new Map<string, Range[]>();
    for (const p of current) {
      if (p.documentId !== reader.documentId) continue;
      const range = rangeOf(p);
      if (!range) continue;
      const name = nameFor(colorOf(p.codeIds[0] ?? ''));
      byName.set(name, [...(byName.get(name) ?? []), range]);
    }
    for (const name of painted) if (!byName.has(name)) CSS.highlights.delete(name);
    for (const [name, ranges] of byName) CSS.highlights.set(name, new Highlight(...ranges));
    painted = new Set(byName.keys());
  };
  return {
    prepare,
    paint(pending) {
      current = pending;
      if (pending.length > 0 || painted.size > 0) draw();
    },
    refresh() {
      if (current.length > 0 && !reader.editor.isDestroyed) draw();
    },
    destroy() {
      for (const name of painted) CSS.highlights.delete(name);
      painted = new Set();
    },
  };
}
