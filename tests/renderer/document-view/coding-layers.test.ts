import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeItem, DocumentDetail, SegmentItem } from '../../../renderer/app/workspace-store';
import { createCodingPainter } from '../../../renderer/features/document-view/coding-painter';
import {
  drawAll,
  drawPatch,
  drawSelected,
  pendingRows,
  segmentRows,
} from '../../../renderer/features/document-view/draw-codings';
import { createReader, type Reader } from '../../../renderer/features/document-view/use-reader';
import { toCanonicalText } from '../../../core/text/to-canonical-text';

const docJson = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Kota kembar bekerja sama.' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'pageMarker', attrs: { page: 2, label: '12' } },
        { type: 'text', text: 'Pelajar belajar ' },
        { type: 'text', text: 'gamelan', marks: [{ type: 'italic' }] },
        { type: 'text', text: ' bersama.' },
      ],
    },
  ],
};
const text = toCanonicalText(docJson).text;

function aDocument(): DocumentDetail {
  return {
    id: 'doc-1',
    title: 'Kota',
    kind: 'pdf',
    originalName: 'kota.pdf',
    sha256: '',
    importedAt: 0,
    docJson,
    text,
    pageMap: null,
    pageCount: 2,
    language: 'id',
    notes: [],
  };
}

function aSegment(id: string, quote: string, codeIds: string[]): SegmentItem {
  const start = text.indexOf(quote);
  return {
    id,
    documentId: 'doc-1',
    documentTitle: 'Kota',
    start,
    end: start + quote.length,
    quote,
    prefix: '',
    suffix: '',
    coderId: 'c',
    createdAt: 0,
    updatedAt: 0,
    page: null,
    codeIds,
    codePaths: codeIds,
  };
}

const codes = [
  { id: 'red', color: '#ff0000' },
  { id: 'blue', color: '#0000ff' },
] as CodeItem[];

const colorOf = (id: string): string => codes.find((c) => c.id === id)?.color ?? '#888888';

/** Draws these segments from scratch, as on opening a document. */
function drawCodings(r: Reader, segments: SegmentItem[], _codes: CodeItem[]): void {
  const painter = createCodingPainter(r.map, colorOf, r.blocks);
  drawAll(r, painter.specsOf(painter.all({ base: segmentRows(r, segments) })));
}

let reader: Reader | null = null;
afterEach(() => {
  reader?.editor.destroy();
  reader = null;
});

function open(): Reader {
  const element = document.createElement('div');
  document.body.append(element);
  reader = createReader(element, aDocument());
  return reader;
}

describe('CodingLayers', () => {
  it('draws a decoration over exactly the coded text when a segment arrives', () => {
    const r = open();
    drawCodings(r, [aSegment('s1', 'kembar bekerja', ['red'])], codes);
    const spans = [...r.editor.view.dom.querySelectorAll('.coding')];
    expect(spans.map((s) => s.textContent).join('')).toBe('kembar bekerja');
    expect(spans[0]?.getAttribute('data-code-ids')).toBe('red');
    expect(spans[0]?.getAttribute('style')).toContain('rgba(255, 0, 0, 0.2)');
  });

  it('cuts overlapping segments into pieces that carry both codes', () => {
    const r = open();
    drawCodings(
      r,
      [aSegment('s1', 'belajar gamelan', ['red']), aSegment('s2', 'gamelan bersama', ['blue'])],
      codes,
    );
    const multi = [...r.editor.view.dom.querySelectorAll('.coding--multi')];
    expect(multi.map((s) => s.textContent).join('')).toBe('gamelan');
    expect(multi[0]?.getAttribute('data-code-ids')).toBe('red blue');
    expect(multi[0]?.getAttribute('data-segment-ids')).toBe('s1 s2');
  });

  it('stores nothing in the document: no marks added, the JSON is unchanged', () => {
    const r = open();
    const before = JSON.stringify(r.editor.getJSON());
    drawCodings(r, [aSegment('s1', 'Kota kembar', ['red', 'blue'])], codes);
    drawSelected(r, aSegment('s1', 'Kota kembar', ['red', 'blue']));
    expect(JSON.stringify(r.editor.getJSON())).toBe(before);
    expect(r.editor.view.dom.querySelector('.coding-selected')?.textContent).toBe('Kota kembar');
  });

  it('removes the highlight when the segment is gone and ignores other documents', () => {
    const r = open();
    drawCodings(r, [aSegment('s1', 'Kota kembar', ['red'])], codes);
    const other = { ...aSegment('s2', 'bersama', ['blue']), documentId: 'doc-2' };
    drawCodings(r, [other], codes);
    expect(r.editor.view.dom.querySelectorAll('.coding')).toHaveLength(0);
  });

  it('patches only the changed span when a pending coding is confirmed', () => {
    const r = open();
    const painter = createCodingPainter(r.map, colorOf, r.blocks);
    const kept = aSegment('s1', 'Kota kembar', ['red']);
    drawAll(r, painter.specsOf(painter.all({ base: segmentRows(r, [kept]) })));
    const confirmed = aSegment('s2', 'gamelan bersama', ['blue']);
    const pending = { ...confirmed, id: 'pending:1', codeIds: ['blue'] };
    const before = r.editor.view.dom.querySelector('.coding');
    const draw = (rows: Parameters<typeof painter.patch>[0]): void => {
      const patch = painter.patch(rows);
      if (patch) drawPatch(r, patch);
    };
    draw({ extra: pendingRows(r, [pending]) });
    const texts = (): string[] =>
      [...r.editor.view.dom.querySelectorAll('.coding')].map((s) => s.textContent);
    expect(texts()).toEqual(['Kota kembar', 'gamelan', ' bersama']);
    draw({ base: segmentRows(r, [kept, confirmed]), extra: [] });
    expect(texts()).toEqual(['Kota kembar', 'gamelan', ' bersama']);
    const ids = [...r.editor.view.dom.querySelectorAll('.coding')].map((s) =>
      s.getAttribute('data-segment-ids'),
    );
    expect(ids).toEqual(['s1', 's2', 's2']);
    expect(r.editor.view.dom.querySelector('.coding')).toBe(before);
  });

  it('draws a segment that crosses paragraphs in each of them', () => {
    const r = open();
    const start = text.indexOf('sama.');
    const end = text.indexOf(' belajar');
    const crossing = { ...aSegment('s1', 'sama.', ['red']), start, end };
    drawCodings(r, [crossing], codes);
    // The page badge at the start of the second paragraph carries no text.
    const spans = [...r.editor.view.dom.querySelectorAll('.coding')].filter((s) => s.textContent);
    expect(spans.map((s) => s.textContent)).toEqual(['sama.', 'Pelajar']);
    expect(spans.map((s) => s.closest('p')?.textContent.slice(0, 4))).toEqual(['Kota', 'Pela']);
  });

  it('renders page markers as badges that add no text', () => {
    const r = open();
    const badge = r.editor.view.dom.querySelector('.page-marker');
    expect(badge?.getAttribute('data-label')).toBe('12');
    expect(badge?.textContent).toBe('');
    expect(r.editor).toBeInstanceOf(Editor);
  });
});
