import { codeMany } from '../coding/code-many';
import { getSegment } from '../coding/get-segment';
import { getCode } from '../coding/get-code';
import { addDocumentToCase, createCase, setCaseValue } from '../documents/cases';
import { deleteVariable } from '../documents/delete-variable';
import { listCases } from '../documents/list-cases';
import { renameVariable } from '../documents/rename-variable';
import { defineVariable, listVariables, setDocumentValue } from '../documents/variables';
import { historyState } from '../history/history-state';
import { redo, undo } from '../history/undo-redo';
import { createMemo } from '../memos/create-memo';
import { deleteMemo } from '../memos/delete-memo';
import { listMemos } from '../memos/list-memos';
import { getMemo } from '../memos/memo-row';
import { searchMemos } from '../memos/search-memos';
import { updateMemo } from '../memos/update-memo';
import { listCoders } from '../coding/coders';
import { codeRange } from '../coding/code-range';
import { createCode } from '../coding/create-code';
import { deleteCode } from '../coding/delete-code';
import { deleteSegment, resizeSegment, setSegmentCodes, uncode } from '../coding/edit-segment';
import { listCodes } from '../coding/list-codes';
import { listSegmentSpans } from '../coding/list-segment-spans';
import { listSegments } from '../coding/list-segments';
import { mergeCodes } from '../coding/merge-codes';
import { moveCode } from '../coding/move-code';
import { updateCode } from '../coding/update-code';
import { deleteDocument } from '../documents/delete-document';
import { getDocument } from '../documents/get-document';
import { listDocuments } from '../documents/list-documents';
import { renameDocument } from '../documents/rename-document';
import { importFiles } from '../import/import-files';
import { searchText } from '../search/search-text';
import type { Ctx } from '../context';
import { agreementHandlers } from './handlers/agreement';
import { conclusionsHandlers } from './handlers/conclusions';
import { displaysHandlers } from './handlers/displays';
import { exchangeHandlers } from './handlers/exchange';
import { mergeHandlers } from './handlers/merge';
import { networkHandlers } from './handlers/network';
import { retrievalHandlers } from './handlers/retrieval';
import { reviewHandlers } from './handlers/review';
import type { AppSession } from './app-session';
import type { Handlers } from './dispatch';

export interface AppInfo {
  version: string;
  schemaVersion: number;
}

/** The handler for every contract call, over one app session. */
export function createHandlers(session: AppSession, info: AppInfo): Handlers {
  const ctx = () => session.ctx();
  return {
    'app.info': () => info,
    'project.create': (i) => session.create(i.file, i.coder, i.starterCodebook),
    'project.open': (i) => session.open(i.file, i.coder),
    'project.close': () => {
      session.close();
      return null;
    },
    'project.current': () => session.current(),
    'coders.list': () => listCoders(ctx().db),
    'documents.list': () => listDocuments(ctx()),
    'documents.get': (i) => getDocument(ctx(), i.id),
    'documents.import': (i) =>
      importFiles(ctx(), i.paths, i.password === undefined ? {} : { password: i.password }),
    'documents.rename': (i) => renameDocument(ctx(), i.id, i.title),
    'documents.delete': (i) => deleteDocument(ctx(), i.id),
    'codes.list': () => listCodes(ctx()),
    'codes.create': (i) => createCode(ctx(), i),
    'codes.update': (i) => updateCode(ctx(), i.id, i.patch),
    'codes.move': (i) => moveCode(ctx(), i.id, i.parentId, i.index),
    'codes.merge': (i) => mergeCodes(ctx(), i.sourceIds, i.targetId),
    'codes.delete': (i) => deleteCode(ctx(), i.id),
    'segments.list': (i) => listSegments(ctx(), i),
    'segments.spans': (i) => listSegmentSpans(ctx(), i.documentId),
    'segments.code': (i) => codeRange(ctx(), i),
    'segments.setCodes': (i) => setSegmentCodes(ctx(), i.segmentId, i.codeIds),
    'segments.resize': (i) => resizeSegment(ctx(), i.segmentId, i.start, i.end),
    'segments.uncode': (i) => uncode(ctx(), i.segmentId, i.codeId),
    'segments.delete': (i) => {
      deleteSegment(ctx(), i.segmentId);
      return null;
    },
    'search.text': (i) =>
      searchText(ctx(), i.query, i.limit === undefined ? {} : { limit: i.limit }),
    'project.recent': () => session.recent(),
    'project.createSample': (i) => session.createSample(i.file, i.coder),
    'history.undo': () => undo(ctx()),
    'history.redo': () => redo(ctx()),
    'history.state': () => historyState(ctx()),
    ...memoHandlers(ctx),
    ...attributeHandlers(ctx),
    'codes.get': (i) => getCode(ctx(), i.id),
    'segments.get': (i) => getSegment(ctx(), i.id),
    'segments.codeMany': (i) => codeMany(ctx(), i.hits, i.codeIds),
    ...agreementHandlers(session),
    ...conclusionsHandlers(session),
    ...displaysHandlers(session),
    ...exchangeHandlers(session),
    ...mergeHandlers(session),
    ...networkHandlers(session),
    ...retrievalHandlers(session),
    ...reviewHandlers(session),
  } satisfies Handlers;
}

/** The handlers of the channels that start with one of `prefixes`. */
type HandlersOf<P extends string> = { [C in Extract<keyof Handlers, P>]: Handlers[C] };

function memoHandlers(ctx: () => Ctx): HandlersOf<`memos.${string}`> {
  return {
    'memos.list': (i) => listMemos(ctx(), i),
    'memos.get': (i) => getMemo(ctx(), i.id),
    'memos.create': (i) => createMemo(ctx(), i),
    'memos.update': (i) => updateMemo(ctx(), i.id, i),
    'memos.delete': (i) => {
      deleteMemo(ctx(), i.id);
      return null;
    },
    'memos.search': (i) =>
      searchMemos(ctx(), i.query, i.limit === undefined ? {} : { limit: i.limit }),
  };
}

function attributeHandlers(
  ctx: () => Ctx,
): HandlersOf<`variables.${string}` | `cases.${string}` | 'documents.setValue'> {
  return {
    'variables.list': (i) => listVariables(ctx(), i.scope),
    'variables.define': (i) => defineVariable(ctx(), i),
    'variables.rename': (i) => renameVariable(ctx(), i.id, i.name),
    'variables.delete': (i) => deleteVariable(ctx(), i.id),
    'documents.setValue': (i) => ({
      documentId: i.documentId,
      variableId: i.variableId,
      value: setDocumentValue(ctx(), i.documentId, i.variableId, i.value),
    }),
    'cases.list': () => listCases(ctx()),
    'cases.create': (i) => createCase(ctx(), i),
    'cases.assign': (i) => {
      addDocumentToCase(ctx(), i.caseId, i.documentId);
      return null;
    },
    'cases.setValue': (i) => ({
      caseId: i.caseId,
      variableId: i.variableId,
      value: setCaseValue(ctx(), i.caseId, i.variableId, i.value),
    }),
  };
}
