import { Node } from '@tiptap/core';

/**
 * Where a page of the source begins: an inline atom without text, drawn as a small badge. The
 * badge's words come from CSS (`p.` or `hlm.` by the page's language) so copying text skips it.
 */
export const PageMarker = Node.create({
  name: 'pageMarker',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: false,
  addAttributes() {
    return { page: { default: 0 }, label: { default: null } };
  },
  parseHTML() {
    return [{ tag: 'span[data-page-marker]' }];
  },
  renderHTML({ node }) {
    const page = Number(node.attrs.page);
    const label = typeof node.attrs.label === 'string' ? node.attrs.label : String(page);
    return [
      'span',
      {
        class: 'page-marker',
        'data-page-marker': '',
        'data-page': String(page),
        'data-label': label,
        contenteditable: 'false',
      },
    ];
  },
});
