import { Extension } from '@tiptap/core';
import type { Node as PmDoc } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { CodingDecorationSpec } from '../coding-decoration-specs';
import { indexedForView } from './indexed-decorations';

interface HighlightsState {
  set: DecorationSet;
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

/**
 * Meta for codingHighlightsKey. `replace`: these are all the decorations now. `add`: more of them
 * (a later chunk). `patch`: the pieces of the canonical-text span [start, end] (ProseMirror range
 * [from, to]) are now these; everything outside the span stays.
 */
export type HighlightsMeta =
  | { kind: 'replace'; specs: readonly CodingDecorationSpec[] }
  | { kind: 'add'; specs: readonly CodingDecorationSpec[] }
  | {
      kind: 'patch';
      start: number;
      end: number;
      from: number;
      to: number;
      specs: readonly CodingDecorationSpec[];
    };

/** Meta for codingOverlayKey: the selected segment's range and a range to flash. */
export type OverlayMeta = Partial<Pick<OverlayState, 'selected' | 'flash'>>;

interface PieceSpec {
  start: number;
  end: number;
}

const toDecoration = (spec: CodingDecorationSpec): Decoration =>
  Decoration.inline(spec.from, spec.to, spec.attrs, { start: spec.start, end: spec.end });

/** The highlights after a meta: a full rebuild only for `replace`, else a local change. */
export function nextHighlights(
  prev: HighlightsState,
  doc: PmDoc,
  meta: HighlightsMeta,
): HighlightsState {
  const added = meta.specs.map(toDecoration);
  if (meta.kind === 'replace') return { set: DecorationSet.create(doc, added) };
  if (meta.kind === 'add') return { set: prev.set.add(doc, added) };
  const { start, end } = meta;
  const removed = prev.set.find(meta.from, meta.to, (spec: PieceSpec) => {
    return spec.start >= start && spec.end <= end;
  });
  return { set: prev.set.remove(removed).add(doc, added) };
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
      init: () => ({ set: DecorationSet.empty }),
      apply(tr: Transaction, value: HighlightsState): HighlightsState {
        const meta = tr.getMeta(codingHighlightsKey) as HighlightsMeta | undefined;
        if (meta) return nextHighlights(value, tr.doc, meta);
        return tr.docChanged ? { set: value.set.map(tr.mapping, tr.doc) } : value;
      },
    },
    props: {
      decorations: (state) => {
        const set = codingHighlightsKey.getState(state)?.set;
        return set && indexedForView(set);
      },
    },
  });

const overlayPlugin = (): Plugin<OverlayState> =>
  new Plugin<OverlayState>({
    key: codingOverlayKey,
    state: {
      init: () => ({ selected: null, flash: null, set: DecorationSet.empty }),
      apply(tr: Transaction, value: OverlayState): OverlayState {
        const meta = tr.getMeta(codingOverlayKey) as OverlayMeta | undefined;
        if (!meta)
          return tr.docChanged ? { ...value, set: value.set.map(tr.mapping, tr.doc) } : value;
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
