import { describe, expect, it } from 'vitest';
import type { ProjectInfo } from '../../../core/api/contract';
import type { SegmentItem } from '../../../renderer/app/workspace-store';
import {
  loadCoderFilter,
  saveCoderFilter,
} from '../../../renderer/features/document-view/coder-filter-storage';
import { visibleSegments } from '../../../renderer/features/document-view/visible-segments';

const aSegment = (id: string, coderId: string): SegmentItem => ({
  id,
  documentId: 'd',
  documentTitle: 'D',
  start: 0,
  end: 1,
  quote: 'x',
  prefix: '',
  suffix: '',
  coderId,
  createdAt: 0,
  updatedAt: 0,
  page: null,
  codeIds: ['c'],
  codePaths: ['c'],
});

const project = (coderId: string): ProjectInfo => ({
  file: '/tmp/p.telaah',
  name: 'p.telaah',
  coder: { id: coderId, name: coderId, color: '#000000', role: 'coder', createdAt: 0 },
});

const segments = [aSegment('s1', 'ayu'), aSegment('s2', 'dewi'), aSegment('s3', 'joko')];

describe('visibleSegments', () => {
  it('keeps the same list when no coder is hidden', () => {
    const state = { segments, hiddenCoderIds: [], blindMode: false, project: project('ayu') };
    expect(visibleSegments(state)).toBe(segments);
  });

  it('leaves out the codings of hidden coders', () => {
    const state = { segments, hiddenCoderIds: ['dewi'], blindMode: false, project: project('ayu') };
    expect(visibleSegments(state).map((s) => s.id)).toEqual(['s1', 's3']);
  });

  it('shows only the current coder’s codings in blind mode, whatever is hidden', () => {
    const state = { segments, hiddenCoderIds: ['ayu'], blindMode: true, project: project('ayu') };
    expect(visibleSegments(state).map((s) => s.id)).toEqual(['s1']);
    const other = { ...state, project: project('joko') };
    expect(visibleSegments(other).map((s) => s.id)).toEqual(['s3']);
  });
});

describe('coder filter storage', () => {
  it('remembers the filter per project file', () => {
    saveCoderFilter('/a.telaah', { hiddenCoderIds: ['dewi'], blindMode: true });
    expect(loadCoderFilter('/a.telaah')).toEqual({ hiddenCoderIds: ['dewi'], blindMode: true });
    expect(loadCoderFilter('/b.telaah')).toEqual({ hiddenCoderIds: [], blindMode: false });
  });

  it('shows everyone when the saved entry is damaged', () => {
    localStorage.setItem('telaah.coderFilter:/c.telaah', '{not json');
    expect(loadCoderFilter('/c.telaah')).toEqual({ hiddenCoderIds: [], blindMode: false });
  });
});
