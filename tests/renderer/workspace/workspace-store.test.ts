import { beforeEach, describe, expect, it } from 'vitest';
import type { Output } from '../../../core/api/contract';
import {
  createWorkspaceStore,
  type DocumentDetail,
  type SegmentItem,
} from '../../../renderer/app/workspace-store';
import { aProject, fakeClient } from './render-with-app';

const doc: DocumentDetail = {
  id: 'doc-1',
  title: 'Catatan',
  kind: 'pdf',
  originalName: 'catatan.pdf',
  sha256: '',
  importedAt: 0,
  docJson: { type: 'doc', content: [] },
  text: 'Warga kampung bercerita tentang pasar.',
  pageMap: [
    { page: 1, label: '45', start: 0 },
    { page: 2, label: '46', start: 20 },
  ],
  pageCount: 2,
  language: 'id',
  notes: [],
};

const listed = (id: string, start: number, end: number): SegmentItem => ({
  id,
  documentId: doc.id,
  documentTitle: doc.title,
  start,
  end,
  quote: doc.text.slice(start, end),
  prefix: '',
  suffix: '',
  coderId: 'coder-1',
  createdAt: 0,
  updatedAt: 0,
  page: { page: 1, label: '45' },
  codeIds: ['norm'],
  codePaths: ['norm'],
});

/** The compact spans the server sends for these listed segments. */
const spansOf = (items: SegmentItem[]): Output<'segments.spans'> => {
  const coderIds = [...new Set(items.map((i) => i.coderId))];
  const codeIds = [...new Set(items.flatMap((i) => i.codeIds))];
  return {
    documentId: doc.id,
    coderIds,
    codeIds,
    rows: items.map((i) => [
      i.id,
      i.start,
      i.end,
      coderIds.indexOf(i.coderId),
      i.createdAt,
      i.updatedAt,
      ...i.codeIds.map((c) => codeIds.indexOf(c)),
    ]),
  };
};

const coded: Output<'segments.code'> = {
  id: 'new',
  documentId: doc.id,
  start: 22,
  end: 31,
  quote: 'tentang p',
  prefix: '',
  suffix: '',
  coderId: 'coder-1',
  createdAt: 5,
  updatedAt: 5,
  codeIds: ['culture'],
};

beforeEach(() => {
  localStorage.clear();
});

describe('workspace store', () => {
  it('draws the server’s segment in place of the pending one without listing every segment again', async () => {
    const client = fakeClient({
      'documents.get': () => doc,
      'segments.spans': () => spansOf([listed('a', 0, 5), listed('b', 32, 37)]),
      'segments.code': () => coded,
      'codes.list': () => [
        {
          id: 'culture',
          path: 'culture',
        } as Output<'codes.list'>[number],
      ],
    });
    const store = createWorkspaceStore(client);
    await store.adoptProject(aProject);
    await store.openDocument(doc.id);
    const seen: number[] = [];
    store.subscribe(() => seen.push(store.get().pendingCodings.length));
    const id = await store.applyCodes(['culture'], { start: 22, end: 31 });
    expect(id).toBe('new');
    expect(seen[0]).toBe(1);
    const s = store.get();
    expect(s.pendingCodings).toEqual([]);
    expect(s.segments.map((seg) => seg.id)).toEqual(['a', 'new', 'b']);
    expect(s.segments[1]).toMatchObject({ page: { page: 2, label: '46' }, codePaths: ['culture'] });
    expect(client.callsTo('segments.spans')).toHaveLength(1);
    expect(client.callsTo('segments.list')).toHaveLength(0);
  });

  it('remembers the coder filter per project file and restores it when the project opens', async () => {
    const store = createWorkspaceStore(fakeClient());
    await store.adoptProject(aProject);
    store.setCoderFilter({ hiddenCoderIds: ['coder-2'] });
    store.setCoderFilter({ blindMode: true });
    await store.adoptProject({ ...aProject, file: '/other.telaah' });
    expect(store.get()).toMatchObject({ hiddenCoderIds: [], blindMode: false });
    await store.adoptProject(aProject);
    expect(store.get()).toMatchObject({ hiddenCoderIds: ['coder-2'], blindMode: true });
  });

  it('deselects a segment when its coder is hidden', async () => {
    const theirs = { ...listed('b', 32, 37), coderId: 'coder-2' };
    const client = fakeClient({
      'documents.get': () => doc,
      'segments.spans': () => spansOf([listed('a', 0, 5), theirs]),
    });
    const store = createWorkspaceStore(client);
    await store.adoptProject(aProject);
    await store.openDocument(doc.id);
    store.selectSegment('a');
    store.setCoderFilter({ blindMode: true });
    expect(store.get().selectedSegmentId).toBe('a');
    store.selectSegment('b');
    store.setCoderFilter({ hiddenCoderIds: ['coder-2'], blindMode: false });
    expect(store.get().selectedSegmentId).toBeNull();
  });

  it('reopens the project under another coder and keeps the open document', async () => {
    const dewi = { ...aProject, coder: { ...aProject.coder, id: 'coder-2', name: 'Dewi' } };
    const client = fakeClient({ 'documents.get': () => doc, 'project.open': () => dewi });
    const store = createWorkspaceStore(client);
    await store.adoptProject(aProject);
    await store.openDocument(doc.id);
    await store.switchCoder('Dewi');
    expect(client.callsTo('project.open')).toEqual([{ file: aProject.file, coder: 'Dewi' }]);
    expect(store.get().project?.coder.name).toBe('Dewi');
    expect(store.get().activeDocument?.id).toBe(doc.id);
  });
});
