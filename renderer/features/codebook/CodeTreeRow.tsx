import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/LanguageProvider';
import type { CodeNode } from './build-code-tree';
import type { DropPosition } from './plan-move';

export interface RowDrop {
  id: string;
  position: DropPosition | 'code';
}

interface CodeTreeRowProps {
  node: CodeNode;
  focused: boolean;
  expanded: boolean;
  renaming: boolean;
  /** The segment selected in the document carries this code. */
  onSegment: boolean;
  drop: RowDrop | null;
  onToggle: () => void;
  onActivate: () => void;
  onFocusRow: () => void;
  onHover: (inside: boolean) => void;
  onRename: (name: string | null) => void;
  onDragStart: (event: DragEvent) => void;
  onDragOver: (event: DragEvent) => void;
  onDrop: (event: DragEvent) => void;
  onDragEnd: () => void;
}

/** One code in the tree: expander, colour, name, shortcut and coding count. */
export function CodeTreeRow(props: CodeTreeRowProps) {
  const { node, focused, expanded, drop } = props;
  const { code } = node;
  const i18n = useI18n();
  const { t } = i18n;
  const hasChildren = node.children.length > 0;
  const siblings = node.parent ? node.parent.children.length : undefined;
  const count =
    code.codingCount === 1
      ? t('codebook.countOne')
      : t('codebook.count', { count: i18n.number(code.codingCount) });
  const dropClass = drop ? ` is-drop-${drop.position}` : '';
  return (
    <div
      role="treeitem"
      id={`code-${code.id}`}
      data-code-id={code.id}
      aria-level={code.depth + 1}
      aria-posinset={node.index + 1}
      aria-setsize={siblings}
      aria-expanded={hasChildren ? expanded : undefined}
      aria-selected={focused}
      aria-label={code.name}
      aria-description={count}
      tabIndex={focused ? 0 : -1}
      className={`code-row${focused ? ' is-focused' : ''}${props.onSegment ? ' is-on-segment' : ''}${dropClass}`}
      style={{ paddingLeft: `${0.25 + code.depth * 1.1}rem` }}
      draggable={!props.renaming}
      onClick={() => {
        props.onFocusRow();
        props.onActivate();
      }}
      onFocus={props.onFocusRow}
      onMouseEnter={() => {
        props.onHover(true);
      }}
      onMouseLeave={() => {
        props.onHover(false);
      }}
      onDragStart={props.onDragStart}
      onDragOver={props.onDragOver}
      onDrop={props.onDrop}
      onDragEnd={props.onDragEnd}
    >
      <button
        type="button"
        className="code-expander"
        tabIndex={-1}
        aria-hidden={!hasChildren}
        aria-label={expanded ? t('codebook.collapse') : t('codebook.expand')}
        style={{ visibility: hasChildren ? 'visible' : 'hidden' }}
        onClick={(event) => {
          event.stopPropagation();
          props.onToggle();
        }}
      >
        {expanded ? '▾' : '▸'}
      </button>
      <span className="codebook-swatch" style={{ background: code.color }} aria-hidden="true" />
      {props.renaming ? (
        <RenameInput name={code.name} onDone={props.onRename} />
      ) : (
        <span className={`code-name${code.codable ? '' : ' is-grouping'}`} title={code.path}>
          {code.name}
        </span>
      )}
      {code.shortcut && (
        <kbd className="code-shortcut" title={t('codebook.shortcut', { keys: code.shortcut })}>
          {code.shortcut}
        </kbd>
      )}
      <span className="code-count" aria-hidden="true" title={count}>
        {i18n.number(code.codingCount)}
      </span>
    </div>
  );
}

function RenameInput({ name, onDone }: { name: string; onDone: (name: string | null) => void }) {
  const { t } = useI18n();
  const [value, setValue] = useState(name);
  const ref = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const finish = (next: string | null): void => {
    if (done.current) return;
    done.current = true;
    onDone(next === null || next.trim() === '' || next.trim() === name ? null : next.trim());
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    event.stopPropagation();
    if (event.key === 'Enter') finish(value);
    if (event.key === 'Escape') finish(null);
  };
  return (
    <input
      ref={ref}
      className="code-rename"
      aria-label={t('codebook.renameLabel', { name })}
      value={value}
      onChange={(event) => {
        setValue(event.target.value);
      }}
      onKeyDown={onKeyDown}
      onBlur={() => {
        finish(value);
      }}
      onClick={(event) => {
        event.stopPropagation();
      }}
    />
  );
}
