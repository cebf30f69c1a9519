import { useMemo, useState } from 'react';
import { useWorkspace } from '../../app/WorkspaceProvider';
import { buildCodeTree, visibleNodes } from './build-code-tree';

export type CodebookDialog = { kind: 'merge' | 'delete' | 'define'; id: string } | null;

/** The codebook pane's own view state: focus, hover, collapsed codes, and what is open. */
export function useCodebookView() {
  const codes = useWorkspace((s) => s.codes);
  const tree = useMemo(() => buildCodeTree(codes), [codes]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [focused, setFocused] = useState<string | null>(null);
  const [hoverId, setHoverId] = useState<string | null>(null);
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [draftParent, setDraftParent] = useState<string | null | undefined>(undefined);
  const [dialog, setDialog] = useState<CodebookDialog>(null);
  const [colourOpen, setColourOpen] = useState(false);
  const visible = useMemo(() => visibleNodes(tree, collapsed), [tree, collapsed]);
  // The focused code may have been deleted or hidden; fall back to the first row.
  const focusedId =
    focused && visible.some((n) => n.code.id === focused) ? focused : (visible[0]?.code.id ?? null);
  const setExpanded = (id: string, expanded: boolean): void => {
    const next = new Set(collapsed);
    if (expanded) next.delete(id);
    else next.add(id);
    setCollapsed(next);
  };
  return {
    tree,
    visible,
    collapsed,
    setExpanded,
    focusedId,
    focusedNode: focusedId ? (tree.byId.get(focusedId) ?? null) : null,
    setFocused,
    hoverId,
    setHoverId,
    renamingId,
    setRenamingId,
    /** undefined: no new-code form; null: a top-level code; an id: a sub-code of it. */
    draftParent,
    setDraftParent,
    dialog,
    setDialog,
    colourOpen,
    setColourOpen,
  };
}

export type CodebookView = ReturnType<typeof useCodebookView>;
