import { useRef, useState } from 'react';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { CodePalette } from './CodePalette';
import { CodingStripes } from './CodingStripes';
import { CodingTooltip } from './CodingTooltip';
import { DocumentHeader } from './DocumentHeader';
import { NewCodeDialog } from './NewCodeDialog';
import { SelectionToolbar } from './SelectionToolbar';
import { inVivoName, targetOf, useCodingActions } from './use-coding-actions';
import { useCodingClicks } from './use-coding-clicks';
import { useCodingKeys } from './use-coding-keys';
import { useCodingSync } from './use-coding-sync';
import { useCoderNames, useCoders } from './use-coders';
import { useFocusRange } from './use-focus-range';
import { useReader } from './use-reader';
import { useReaderSelection } from './use-reader-selection';
import { visibleSegments } from './visible-segments';
import './document-view.css';

type Dialog = 'palette' | 'newCode' | null;

/** The document being read and coded: text, coding highlights and margin stripes. */
export function DocumentPane() {
  const { t, language } = useI18n();
  const store = useWorkspaceStore();
  const doc = useWorkspace((s) => s.activeDocument);
  const mountRef = useRef<HTMLDivElement>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const sheetRef = useRef<HTMLDivElement>(null);
  const reader = useReader(mountRef, doc);
  const actions = useCodingActions();
  const coders = useCoders();
  const coderNames = useCoderNames(coders);
  const [dialog, setDialog] = useState<Dialog>(null);
  useCodingSync(reader, store);
  useReaderSelection(reader, store);
  useCodingClicks(reader, store);
  useFocusRange(reader, scrollerRef);
  const openPalette = (): void => {
    setDialog('palette');
  };
  const openNewCode = (): void => {
    setDialog(store.get().selection ? 'newCode' : null);
  };
  useCodingKeys(reader !== null, { actions, openPalette, openNewCode });
  const close = (): void => {
    setDialog(null);
    reader?.editor.view.dom.focus({ preventScroll: true });
  };
  return (
    <section className="reader-pane" data-ui-lang={language} aria-label={t('documentView.label')}>
      {doc ? (
        <DocumentHeader doc={doc} coders={coders} />
      ) : (
        <p className="reader-empty">{t('documentView.empty')}</p>
      )}
      <div className="reader-scroller" ref={scrollerRef} hidden={!doc}>
        <div className="reader-sheet" ref={sheetRef}>
          {reader && (
            <CodingStripes reader={reader} scrollerRef={scrollerRef} sheetRef={sheetRef} />
          )}
          <div className="document-text" ref={mountRef} aria-label={t('documentView.text')} />
          {reader && (
            <SelectionToolbar
              reader={reader}
              actions={actions}
              openPalette={openPalette}
              openNewCode={openNewCode}
            />
          )}
        </div>
      </div>
      {reader && <CodingTooltip reader={reader} coderNames={coderNames} />}
      {dialog === 'palette' && <PaletteFor actions={actions} onClose={close} />}
      {dialog === 'newCode' && (
        <NewCodeDialog
          initialName={inVivoName(store.get().selection?.text ?? '')}
          onClose={close}
          onCreate={(name) => {
            close();
            void actions.createAndApply(name);
          }}
        />
      )}
    </section>
  );
}

/** The palette on the current target: the selection, or the selected segment's codes. */
function PaletteFor({
  actions,
  onClose,
}: {
  actions: ReturnType<typeof useCodingActions>;
  onClose: () => void;
}) {
  const store = useWorkspaceStore();
  const codes = useWorkspace((s) => s.codes);
  const segments = useWorkspace(visibleSegments);
  const selectedId = useWorkspace((s) => s.selectedSegmentId);
  const target = targetOf(store);
  const applied =
    target === 'segment' ? (segments.find((s) => s.id === selectedId)?.codeIds ?? []) : [];
  return (
    <CodePalette
      codes={codes}
      target={target}
      appliedIds={applied}
      onClose={onClose}
      onPick={(codeId) => {
        onClose();
        void actions.apply([codeId]);
      }}
    />
  );
}
