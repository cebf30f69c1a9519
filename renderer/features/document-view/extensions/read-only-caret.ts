import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

export const readOnlyCaretKey = new PluginKey('readOnlyCaret');

const refuse = (): boolean => true;

/**
 * A caret and keyboard selection (arrows, Shift+arrows, Home/End, Ctrl+A) in a document that
 * never changes: the view is editable so the browser keeps a caret, but every transaction that
 * would change the document is dropped, and typing, pasting, dropping, cutting and the browser's
 * own edits are refused before they reach the DOM. IME compositions cannot be cancelled; the text
 * they leave is dropped with their transaction and ProseMirror redraws the untouched document.
 */
export const ReadOnlyCaret = Extension.create({
  name: 'readOnlyCaret',
  addProseMirrorPlugins: () => [
    new Plugin({
      key: readOnlyCaretKey,
      filterTransaction: (tr) => !tr.docChanged,
      props: {
        handleTextInput: refuse,
        handlePaste: refuse,
        handleDrop: refuse,
        handleDOMEvents: {
          beforeinput: (_view, event) => {
            event.preventDefault();
            return true;
          },
          cut: (_view, event) => {
            event.preventDefault();
            return true;
          },
        },
      },
    }),
  ],
});
