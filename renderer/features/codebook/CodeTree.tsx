import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/LanguageProvider';
import type { CodeNode, CodeTree as Tree } from './build-code-tree';
import { CodeTreeRow } from './CodeTreeRow';
import { planKeyMove, type MovePlan } from './plan-move';
import { useTreeDrag, type DraggedRange } from './use-tree-drag';
import { treeKeyDown } from './use-tree-keys';

interface CodeTreeProps {
  tree: Tree;
  visible: CodeNode[];
  focusedId: string | null;
  collapsed: ReadonlySet<string>;
  renamingId: string | null;
  segmentCodeIds: readonly string[];
  onFocus: (id: string) => void;
  onHover: (id: string | null) => void;
  setExpanded: (id: string, expanded: boolean) => void;
  onActivate: (node: CodeNode) => void;
  onStartRename: (node: CodeNode) => void;
  onRename: (node: CodeNode, name: string | null) => void;
  onDelete: (node: CodeNode) => void;
  onMove: (plan: MovePlan) => void;
  onCodeRange: (codeId: string, range: DraggedRange) => void;
}

/** The codebook as an ARIA tree with one tab stop, drag and drop, and the keyboard equivalents. */
export function CodeTree(props: CodeTreeProps) {
  const { t } = useI18n();
  const { tree, visible, focusedId, collapsed } = props;
  const ref = useRef<HTMLDivElement>(null);
  const drag = useTreeDrag(tree, { move: props.onMove, codeRange: props.onCodeRange });
  const focusIn = useRef(false);
  useEffect(() => {
    // Keep DOM focus on the focused row while the user drives the tree from the keyboard.
    if (!focusIn.current || !focusedId) return;
    const row = ref.current?.querySelector<HTMLElement>(`[data-code-id="${focusedId}"]`);
    if (row && document.activeElement !== row && !row.contains(document.activeElement)) row.focus();
  });
  if (visible.length === 0) return <p className="codebook-empty">{t('codebook.empty')}</p>;
  return (
    <div
      ref={ref}
      role="tree"
      aria-label={t('codebook.treeLabel')}
      className="code-tree"
      onFocus={() => (focusIn.current = true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) focusIn.current = false;
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) drag.clearDrop();
      }}
      onKeyDown={(event) => {
        if (
          event.target !== event.currentTarget &&
          !(event.target as HTMLElement).matches('[role="treeitem"]')
        )
          return;
        treeKeyDown(event, {
          visible,
          focusedId,
          collapsed,
          focus: props.onFocus,
          setExpanded: props.setExpanded,
          activate: props.onActivate,
          rename: props.onStartRename,
          remove: props.onDelete,
          moveByKey: (node, key) => {
            const plan = planKeyMove(tree, node.code.id, key);
            if (plan) props.onMove(plan);
          },
        });
      }}
    >
      {visible.map((node) => {
        const id = node.code.id;
        return (
          <CodeTreeRow
            key={id}
            node={node}
            focused={id === focusedId}
            expanded={!collapsed.has(id)}
            renaming={id === props.renamingId}
            onSegment={props.segmentCodeIds.includes(id)}
            drop={drag.drop?.id === id ? drag.drop : null}
            onToggle={() => {
              props.setExpanded(id, collapsed.has(id));
            }}
            onActivate={() => {
              props.onActivate(node);
            }}
            onFocusRow={() => {
              props.onFocus(id);
            }}
            onHover={(inside) => {
              props.onHover(inside ? id : null);
            }}
            onRename={(name) => {
              props.onRename(node, name);
            }}
            {...drag.rowHandlers(id)}
          />
        );
      })}
    </div>
  );
}
