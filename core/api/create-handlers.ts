import { listCoders } from '../coding/coders';
import { codeRange } from '../coding/code-range';
import { createCode } from '../coding/create-code';
import { deleteCode } from '../coding/delete-code';
import { deleteSegment, resizeSegment, setSegmentCodes, uncode } from '../coding/edit-segment';
import { listCodes } from '../coding/list-codes';
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
  } satisfies Handlers;
}
