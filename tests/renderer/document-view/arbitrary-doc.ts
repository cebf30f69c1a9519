import fc from 'fast-check';
import type { PmNode } from '../../../core/text/pm-node';

const word = fc.stringMatching(/^[a-zA-Zéü ]{1,12}$/u);
const mark = fc.constantFrom<string[]>(
  [],
  ['bold'],
  ['italic'],
  ['superscript'],
  ['bold', 'italic'],
);

const inline: fc.Arbitrary<PmNode> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(word, mark).map(([text, marks]) => textNode(text, marks)) },
  { weight: 1, arbitrary: fc.constant<PmNode>({ type: 'hardBreak' }) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 1, max: 400 })
      .map((page): PmNode => ({ type: 'pageMarker', attrs: { page, label: String(page) } })),
  },
);

function textNode(text: string, marks: string[]): PmNode {
  return marks.length === 0
    ? { type: 'text', text }
    : { type: 'text', text, marks: marks.map((type) => ({ type })) };
}

/** Adjacent text nodes with the same marks would be merged by ProseMirror: keep them apart. */
const inlines = fc.array(inline, { maxLength: 6 }).map((nodes) => {
  const out: PmNode[] = [];
  for (const node of nodes) {
    const prev = out.at(-1);
    if (
      prev?.type === 'text' &&
      node.type === 'text' &&
      JSON.stringify(prev.marks) === JSON.stringify(node.marks)
    ) {
      prev.text = `${prev.text ?? ''}${node.text ?? ''}`;
    } else out.push({ ...node });
  }
  return out;
});

const paragraph = inlines.map((content): PmNode =>
  content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' },
);
const heading = fc
  .tuple(fc.integer({ min: 1, max: 3 }), inlines)
  .map(([level, content]): PmNode => ({
    type: 'heading',
    attrs: { level },
    ...(content.length > 0 ? { content } : {}),
  }));
const list = fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((items): PmNode => ({
  type: 'bulletList',
  content: items.map((p) => ({ type: 'listItem', content: [p] })),
}));
const table = fc
  .array(fc.array(paragraph, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })
  .map((rows): PmNode => ({
    type: 'table',
    content: rows.map((cells) => ({
      type: 'tableRow',
      content: cells.map((p) => ({ type: 'tableCell', content: [p] })),
    })),
  }));
const quote = fc
  .array(paragraph, { minLength: 1, maxLength: 2 })
  .map((content): PmNode => ({ type: 'blockquote', content }));
const block = fc.oneof(
  { weight: 5, arbitrary: paragraph },
  { weight: 1, arbitrary: heading },
  { weight: 1, arbitrary: list },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: quote },
  { weight: 1, arbitrary: fc.constant<PmNode>({ type: 'horizontalRule' }) },
);

/** Documents shaped like the importers' output: every block kind, marks, breaks, page markers. */
export const arbitraryDoc: fc.Arbitrary<PmNode> = fc
  .array(block, { minLength: 1, maxLength: 8 })
  .map((content) => ({ type: 'doc', content }));
