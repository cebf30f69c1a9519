import type { Output, ProjectInfo } from '../../core/api/contract';
import { ApiCallError } from '../api/api-call-error';
import type { Client } from '../api/create-client';
import {
  loadCoderFilter,
  saveCoderFilter,
  type CoderFilter,
} from '../features/document-view/coder-filter-storage';
import { visibleSegments } from '../features/document-view/visible-segments';
import { segmentsFromSpans } from './segments-from-spans';
import { withCodedSegment } from '../features/document-view/with-coded-segment';

export type DocumentItem = Output<'documents.list'>[number];
export type CodeItem = Output<'codes.list'>[number];
export type SegmentItem = Output<'segments.list'>[number];
export type DocumentDetail = Output<'documents.get'>;

/** A range of the active document's canonical text, in UTF-16 offsets. */
export interface TextRange {
  start: number;
  end: number;
}

/** A coding sent to the server and not yet in `segments`: drawn at once, as if it were. */
export interface PendingCoding extends TextRange {
  id: string;
  documentId: string;
  codeIds: string[];
}

export type SideTab = 'details' | 'memos' | 'search';
export type MainView =
  | 'document'
  | 'attributes'
  | 'retrieval'
  | 'matrix'
  | 'network'
  | 'conclusions'
  | 'agreement'
  | 'team'
  | 'review'
  | 'audit';

/** What a memo is about; id is null for the project. */
export interface MemoTarget {
  type: 'project' | 'document' | 'code' | 'segment';
  id: string | null;
}

export interface Notice {
  kind: 'info' | 'error';
  text: string;
  /** The API error behind an error notice, so it can be shown in the user's language. */
  error?: { code: string; message: string; params?: Record<string, string | number> };
}

/** What several panes share; each pane keeps its own view state to itself. */
export interface WorkspaceState {
  project: ProjectInfo | null;
  documents: DocumentItem[];
  codes: CodeItem[];
  activeDocument: DocumentDetail | null;
  /** Segments of the active document. */
  segments: SegmentItem[];
  selectedSegmentId: string | null;
  /** The reader's current text selection in the active document, if any. */
  selection: (TextRange & { text: string }) | null;
  /** Codes applied last, for "repeat last code". */
  lastCodeIds: string[];
  /** A range to scroll to and flash, e.g. a search hit. */
  focusRange: (TextRange & { documentId: string; seq: number }) | null;
  sideTab: SideTab;
  mainView: MainView;
  notice: Notice | null;
  /** What the user last asked to write a memo about (e.g. "memo" on a segment). */
  memoTarget: MemoTarget | null;
  /** Bumped when the menu or the top bar asks the documents pane to import files. */
  importRequest: number;
  /** Bumped after every change so panes holding their own data can refetch. */
  revision: number;
  /** Codings applied and not yet confirmed by a reloaded segment list (optimistic highlight). */
  pendingCodings: PendingCoding[];
  /** Coders whose codings the document view hides (remembered per project). */
  hiddenCoderIds: string[];
  /** Blind mode: the document view shows only the current coder's codings. */
  blindMode: boolean;
}

export const initialWorkspaceState: WorkspaceState = {
  project: null,
  documents: [],
  codes: [],
  activeDocument: null,
  segments: [],
  selectedSegmentId: null,
  selection: null,
  lastCodeIds: [],
  focusRange: null,
  sideTab: 'details',
  mainView: 'document',
  notice: null,
  memoTarget: null,
  importRequest: 0,
  revision: 0,
  pendingCodings: [],
  hiddenCoderIds: [],
  blindMode: false,
};

type Listener = () => void;

/**
 * The workspace's shared state and the actions that change it through the API. A plain external
 * store (read with useSyncExternalStore) so it is testable without React.
 */
export function createWorkspaceStore(client: Client) {
  let state = initialWorkspaceState;
  const listeners = new Set<Listener>();
  let pendingSeq = 0;
  const set = (patch: Partial<WorkspaceState>): void => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };
  const get = (): WorkspaceState => state;

  const reloadDocuments = async (): Promise<void> => {
    set({ documents: await client.call('documents.list', {}) });
  };
  const reloadCodes = async (): Promise<void> => {
    set({ codes: await client.call('codes.list', {}) });
  };
  /** The open document's segments, built from its spans once the codebook is at hand. */
  const loadSegments = async (
    doc: DocumentDetail,
    codesLoaded: Promise<void> = Promise.resolve(),
  ): Promise<void> => {
    const spans = await client.call('segments.spans', { documentId: doc.id });
    await codesLoaded;
    if (state.activeDocument === doc) set({ segments: segmentsFromSpans(spans, doc, state.codes) });
  };
  const reloadSegments = async (codesLoaded?: Promise<void>): Promise<void> => {
    const doc = state.activeDocument;
    if (doc) await loadSegments(doc, codesLoaded);
    else set({ segments: [] });
  };
  /** After any change: refetch what the change can touch and bump the revision. */
  const afterChange = async (): Promise<void> => {
    const codesLoaded = reloadCodes();
    await Promise.all([reloadSegments(codesLoaded), codesLoaded, reloadDocuments()]);
    set({ revision: state.revision + 1 });
  };
  const adoptProject = async (project: ProjectInfo | null): Promise<void> => {
    set({ ...initialWorkspaceState, ...(project ? loadCoderFilter(project.file) : {}), project });
    if (project) await Promise.all([reloadDocuments(), reloadCodes()]);
  };
  const openDocument = async (id: string): Promise<void> => {
    // Both requests at once: a long document's segments are ready as soon as its text is.
    const docRequest = client.call('documents.get', { id });
    const spansRequest = client.call('segments.spans', { documentId: id });
    spansRequest.catch(() => undefined);
    const doc = await docRequest;
    set({ activeDocument: doc, selection: null, selectedSegmentId: null, mainView: 'document' });
    const spans = await spansRequest;
    if (state.activeDocument === doc) set({ segments: segmentsFromSpans(spans, doc, state.codes) });
  };

  const fail = (error: unknown): void => {
    set({
      notice: {
        kind: 'error',
        text: error instanceof Error ? error.message : String(error),
        ...(error instanceof ApiCallError ? { error } : {}),
      },
    });
  };

  return {
    get,
    subscribe: (listener: Listener): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set,
    fail,
    afterChange,
    reloadDocuments,
    reloadCodes,
    reloadSegments,

    adoptProject,

    /** Adopts whatever project the app already has open (none at a fresh start). */
    async adoptCurrent(): Promise<void> {
      const project = await client.call('project.current', {});
      if (project) await adoptProject(project);
    },

    openDocument,

    setSelection(selection: WorkspaceState['selection']): void {
      set({ selection });
    },

    selectSegment(id: string | null): void {
      set({ selectedSegmentId: id, ...(id ? { sideTab: 'details' as const } : {}) });
    },

    focus(documentId: string, range: TextRange): void {
      set({ focusRange: { documentId, ...range, seq: (state.focusRange?.seq ?? 0) + 1 } });
    },

    /** Codes the current selection with these codes; returns the new segment's id. */
    async applyCodes(codeIds: string[], range?: TextRange): Promise<string | null> {
      const doc = state.activeDocument;
      const target = range ?? state.selection;
      if (!doc || !target || codeIds.length === 0) return null;
      const { start, end } = target;
      const pending = { id: `pending:${++pendingSeq}`, documentId: doc.id, start, end, codeIds };
      set({ pendingCodings: [...state.pendingCodings, pending] });
      const settle = (patch: Partial<WorkspaceState> = {}): void => {
        set({ ...patch, pendingCodings: state.pendingCodings.filter((p) => p !== pending) });
      };
      try {
        const input = { documentId: doc.id, start, end, codeIds };
        const segment = await client.call('segments.code', input);
        // The server's segment replaces the pending one in one update, merged into the list
        // rather than fetching every segment again; codes and documents (counts) follow.
        const same = state.activeDocument?.id === doc.id;
        settle({
          lastCodeIds: codeIds,
          selectedSegmentId: segment.id,
          ...(same
            ? { segments: withCodedSegment(state.segments, segment, doc, state.codes) }
            : {}),
        });
        await Promise.all([reloadCodes(), reloadDocuments()]);
        set({ revision: state.revision + 1 });
        return segment.id;
      } finally {
        if (state.pendingCodings.includes(pending)) settle();
      }
    },

    /** Reopens the project under another coder (created if new), keeping the open document. */
    async switchCoder(coder: string): Promise<ProjectInfo | null> {
      const current = state.project;
      if (!current) return null;
      const documentId = state.activeDocument?.id;
      const mainView = state.mainView;
      const project = await client.call('project.open', { file: current.file, coder });
      await adoptProject(project);
      if (documentId) await openDocument(documentId);
      set({ mainView });
      return project;
    },

    /** Shows or hides coders' codings in the document view; remembered for this project. */
    setCoderFilter(patch: Partial<CoderFilter>): void {
      set(patch);
      const selected = state.segments.find((s) => s.id === state.selectedSegmentId);
      // A segment whose coder is now hidden is no longer shown as selected either.
      if (selected && !visibleSegments(state).includes(selected)) set({ selectedSegmentId: null });
      const { project, hiddenCoderIds, blindMode } = state;
      if (project) saveCoderFilter(project.file, { hiddenCoderIds, blindMode });
    },

    /** Asks the documents pane to import files (from the menu or a shortcut). */
    requestImport(): void {
      set({ importRequest: state.importRequest + 1 });
    },

    /** Shows the memos about this target in the side panel. */
    writeMemoOn(target: MemoTarget): void {
      set({ memoTarget: target, sideTab: 'memos' });
    },

    async uncode(segmentId: string, codeId: string): Promise<void> {
      const { segmentDeleted } = await client.call('segments.uncode', { segmentId, codeId });
      if (segmentDeleted && state.selectedSegmentId === segmentId) set({ selectedSegmentId: null });
      await afterChange();
    },
  };
}

export type WorkspaceStore = ReturnType<typeof createWorkspaceStore>;
