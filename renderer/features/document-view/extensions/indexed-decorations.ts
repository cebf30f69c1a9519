import type { Node as PmNode } from '@tiptap/pm/model';
import { DecorationSet } from '@tiptap/pm/view';

/** DecorationSet's own fields (internal to prosemirror-view, stable since 1.0). */
interface SetInternals {
  local: readonly unknown[];
  /** [from, to, childSet] triples, sorted by from. */
  children: readonly (number | DecorationSet)[];
}

// DecorationSet.forChild scans its children from the first one, so drawing a document of n
// top-level blocks costs n²/2 steps (seconds for a long document). This looks the child up by
// binary search instead; sets with decorations spanning blocks keep the original path.
const indexedProto = Object.create(DecorationSet.prototype) as DecorationSet;
Object.defineProperty(indexedProto, 'forChild', {
  value(this: DecorationSet & SetInternals, offset: number, node: PmNode) {
    if (this.local.length > 0) return DecorationSet.prototype.forChild.call(this, offset, node);
    if (node.isLeaf) return DecorationSet.empty;
    const { children } = this;
    let lo = 0;
    let hi = children.length / 3;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((children[mid * 3] as number) < offset) lo = mid + 1;
      else hi = mid;
    }
    const found = children[lo * 3] === offset ? children[lo * 3 + 2] : undefined;
    return found instanceof DecorationSet ? found : DecorationSet.empty;
  },
});

const views = new WeakMap<DecorationSet, DecorationSet>();

/** The same decorations, with a child lookup in log time, for the `decorations` prop. */
export function indexedForView(set: DecorationSet): DecorationSet {
  if (set === DecorationSet.empty) return set;
  let view = views.get(set);
  if (!view) {
    view = Object.assign(Object.create(indexedProto) as DecorationSet, set);
    views.set(set, view);
  }
  return view;
}
