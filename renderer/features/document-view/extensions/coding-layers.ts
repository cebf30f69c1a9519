import { Extension } from '@tiptap/core';
import type { Node as PmDoc } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { CodingDecorationSpec } from '../coding-decoration-specs';

interface HighlightsState {
  set: DecorationSet;
  byKey: Map<string, Decoration>;
}

/** A ProseMirror range of the document. */
export interface PmRange {
  from: number;
  to: number;
}

interface OverlayState {
  selected: PmRange | null;
  flash: PmRange | null;
  set: DecorationSet;
}

export const codingHighlightsKey = new PluginKey<HighlightsState>('codingHighlights');
export const codingOverlayKey = new PluginKey<OverlayState>('codingOverlay');

/** Meta for codingHighlightsKey: the full list of coding decorations to show now. */
export interface HighlightsMeta {
  specs: CodingDecorationSpec[];
}

/** Meta for codingOverlayKey: the selected segment's range and a range to flash. */
export type OverlayMeta = Partial<Pick<OverlayState, 'selected' | 'flash'>>;

/** Replaces only the decorations that changed, so one new coding redraws one place. */
export function nextHighlights(
  prev: HighlightsState,
  doc: PmDoc,
  specs: readonly CodingDecorationSpec[],
): HighlightsState {
  const byKey = new Map<string, Decoration>();
  const added: Decoration[] = [];
  for (const spec of specs) {
    if (byKey.has(spec.key)) continue;
    const kept = prev.byKey.get(spec.key);
    const deco = kept ?? Decoration.inline(spec.from, spec.to, spec.attrs, { key: spec.key });
    if (kept === undefined) added.push(deco);
    byKey.set(spec.key, deco);
  }
  const removed = [...prev.byKey].filter(([key]) => !byKey.has(key)).map(([, deco]) => deco);
  const rebuild = added.length + removed.length > byKey.size / 2;
  const set = rebuild
    ? DecorationSet.create(doc, [...byKey.values()])
    : prev.set.remove(removed).add(doc, added);
  return { set, byKey };
}

function overlaySet(doc: PmDoc, state: Omit<OverlayState, 'set'>): DecorationSet {
  const decos: Decoration[] = [];
  if (state.selected)
    decos.push(
      Decoration.inline(state.selected.from, state.selected.to, { class: 'coding-selected' }),
    );
  if (state.flash)
    decos.push(Decoration.inline(state.flash.from, state.flash.to, { class: 'coding-flash' }));
  return DecorationSet.create(doc, decos);
}

const highlightsPlugin = (): Plugin<HighlightsState> =>
  new Plugin<HighlightsState>({
    key: codingHighlightsKey,
    state: {
      init: () => ({ set: DecorationSet.empty, byKey: new Map() }),
      apply(tr: Transaction, value: HighlightsState): HighlightsState {
        const meta = tr.getMeta(codingHighlightsKey) as HighlightsMeta | undefined;
        if (meta) return nextHighlights(value, tr.doc, meta.specs);
        return tr.docChanged ? { ...value, set: value.set.map(tr.mapping, tr.doc) } : value;
      },
    },
    props: { decorations: (state) => codingHighlightsKey.getState(state)?.set },
  });

const overlayPlugin = (): Plugin<OverlayState> =>
  new Plugin<OverlayState>({
    key: codingOverlayKey,
    state: {
      init: () => ({ selected: null, flash: null, set: DecorationSet.empty }),
      apply(tr: Transaction, value: OverlayState): OverlayState {
        const meta = tr.getMeta(codingOverlayKey) as OverlayMeta | undefined;
        if (!meta) return value;
        const next = { selected: value.selected, flash: value.flash, ...meta };
        return { ...next, set: overlaySet(tr.doc, next) };
      },
    },
    props: { decorations: (state) => codingOverlayKey.getState(state)?.set },
  });

/**
 * Codings drawn as decorations from database rows, never as marks (tiptap's find-and-replace
 * pattern): one plugin for the coding highlights, one for the selected segment and flashes.
 */
export const CodingLayers = Extension.create({
  name: 'codingLayers',
  addProseMirrorPlugins: () => [highlightsPlugin(), overlayPlugin()],
});
