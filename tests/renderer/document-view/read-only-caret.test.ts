import { TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentDetail } from '../../../renderer/app/workspace-store';
import { readerSelection } from '../../../renderer/features/document-view/use-reader-selection';
import { createReader, type Reader } from '../../../renderer/features/document-view/use-reader';
import { toCanonicalText } from '../../../core/text/to-canonical-text';

const docJson = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Warga kampung bercerita.' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'Pasar dan pelabuhan.' }] },
  ],
};
const text = toCanonicalText(docJson).text;

const aDocument = (): DocumentDetail => ({
  id: 'doc-1',
  title: 'Kampung',
  kind: 'markdown',
  originalName: 'kampung.md',
  sha256: '',
  importedAt: 0,
  docJson,
  text,
  pageMap: null,
  pageCount: null,
  language: 'id',
  notes: [],
});

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

describe('ReadOnlyCaret', () => {
  it('gives the reader a caret: the text is editable for the browser and read-only for ARIA', () => {
    const { editor } = open();
    expect(editor.view.dom.getAttribute('contenteditable')).toBe('true');
    expect(editor.view.dom.getAttribute('aria-readonly')).toBe('true');
  });

  it('moves the selection when a transaction only selects text', () => {
    const r = open();
    const { state } = r.editor.view;
    const from = r.map.toPos(text.indexOf('kampung'), 'start');
    r.editor.view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, from, from + 7)));
    expect(readerSelection(r)?.text).toBe('kampung');
  });

  it('drops every transaction that would change the document', () => {
    const r = open();
    const before = JSON.stringify(r.editor.getJSON());
    r.editor.view.dispatch(r.editor.view.state.tr.insertText('xyz', 1));
    r.editor.commands.setContent('<p>replaced</p>');
    r.editor.chain().selectAll().deleteSelection().run();
    r.editor.commands.toggleBold();
    expect(JSON.stringify(r.editor.getJSON())).toBe(before);
    expect(r.editor.view.dom.textContent).toBe('Warga kampung bercerita.Pasar dan pelabuhan.');
  });

  it('refuses typed text, pasted text and the browser’s own edits', () => {
    const r = open();
    const { view } = r.editor;
    const typed = view.someProp('handleTextInput', (f) => f(view, 1, 1, 'x', () => view.state.tr));
    expect(typed).toBe(true);
    const input = new Event('beforeinput', { cancelable: true, bubbles: true });
    view.dom.dispatchEvent(input);
    expect(input.defaultPrevented).toBe(true);
  });
});
