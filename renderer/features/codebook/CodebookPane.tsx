import { useWorkspace } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { CodebookDialogs } from './CodebookDialogs';
import { CodebookToolbar, type ToolbarAction } from './CodebookToolbar';
import { CodeTree } from './CodeTree';
import { ColourPopover } from './ColourPopover';
import { DefinitionCard } from './DefinitionCard';
import { NewCodeForm } from './NewCodeForm';
import { useCodeActions } from './use-code-actions';
import { useCodeActivation } from './use-code-activation';
import { useCodebookView, type CodebookView } from './use-codebook-view';
import './codebook.css';

const EMPTY: readonly string[] = [];

/** The codebook: a tree of codes to organise, define and code with. */
export function CodebookPane() {
  const { t } = useI18n();
  const view = useCodebookView();
  const actions = useCodeActions();
  const activate = useCodeActivation(actions);
  const hint = useCodingHint();
  const segmentCodeIds = useSegmentCodeIds();
  const focused = view.focusedNode;
  const carded = (view.hoverId ? view.tree.byId.get(view.hoverId) : null) ?? focused;
  const onAction = toolbarHandler(view);
  return (
    <section className="codebook" aria-labelledby="codebook-heading">
      <header className="codebook-header">
        <h2 id="codebook-heading">{t('codebook.heading')}</h2>
        <CodebookToolbar
          hasCode={focused !== null}
          colourOpen={view.colourOpen}
          onAction={onAction}
        />
        {view.colourOpen && focused && (
          <ColourPopover
            code={focused.code}
            onClose={() => {
              view.setColourOpen(false);
            }}
            onPick={(color) => {
              view.setColourOpen(false);
              void actions.update(focused.code.id, { color });
            }}
          />
        )}
      </header>
      {view.draftParent !== undefined && (
        <NewCodeForm
          parentName={
            view.draftParent ? (view.tree.byId.get(view.draftParent)?.code.name ?? null) : null
          }
          onCancel={() => {
            view.setDraftParent(undefined);
          }}
          onCreate={(name) => {
            const parentId = view.draftParent ?? null;
            view.setDraftParent(undefined);
            void actions.create({ name, parentId }).then((code) => {
              if (!code) return;
              if (parentId) view.setExpanded(parentId, true);
              view.setFocused(code.id);
            });
          }}
        />
      )}
      {hint && <p className="codebook-hint">{t(hint)}</p>}
      <div className="codebook-scroll">
        <CodeTree
          tree={view.tree}
          visible={view.visible}
          focusedId={view.focusedId}
          collapsed={view.collapsed}
          renamingId={view.renamingId}
          segmentCodeIds={segmentCodeIds}
          onFocus={view.setFocused}
          onHover={view.setHoverId}
          setExpanded={view.setExpanded}
          onActivate={(node) => void activate(node.code.id)}
          onStartRename={(node) => {
            view.setRenamingId(node.code.id);
          }}
          onRename={(node, name) => {
            view.setRenamingId(null);
            if (name) void actions.update(node.code.id, { name });
          }}
          onDelete={(node) => {
            view.setDialog({ kind: 'delete', id: node.code.id });
          }}
          onMove={(plan) => void actions.move(plan)}
          onCodeRange={(codeId, range) => void activate(codeId, range)}
        />
      </div>
      {carded && <DefinitionCard code={carded.code} />}
      <CodebookDialogs view={view} actions={actions} />
    </section>
  );
}

function toolbarHandler(view: CodebookView): (action: ToolbarAction) => void {
  return (action) => {
    const id = view.focusedId;
    if (action === 'new') view.setDraftParent(null);
    else if (!id) return;
    else if (action === 'newChild') view.setDraftParent(id);
    else if (action === 'rename') view.setRenamingId(id);
    else if (action === 'colour') view.setColourOpen(!view.colourOpen);
    else view.setDialog({ kind: action, id });
  };
}

/** Which coding gesture a click on a code performs right now, if any. */
function useCodingHint() {
  const hasSelection = useWorkspace(
    (s) => s.selection !== null && s.selection.end > s.selection.start,
  );
  const hasSegment = useWorkspace((s) => s.selectedSegmentId !== null);
  if (hasSelection) return 'codebook.hintSelection' as const;
  if (hasSegment) return 'codebook.hintSegment' as const;
  return null;
}

function useSegmentCodeIds(): readonly string[] {
  return useWorkspace(
    (s) =>
      (s.selection
        ? undefined
        : s.segments.find((seg) => seg.id === s.selectedSegmentId)?.codeIds) ?? EMPTY,
  );
}
