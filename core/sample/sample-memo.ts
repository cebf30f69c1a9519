import type { CreateMemoInput } from '../memos/create-memo';

const PARAGRAPHS = [
  'This sample project holds three short fictional papers on city-to-city cooperation: an Indonesian journal-style article, an English interview transcript and a policy brief.',
  'Two coders have applied the four starter codes. Open a code to read its excerpts, compare how the two coders coded the interview, or delete the sample and start your own project.',
];

/** The project memo of the sample, explaining what a newcomer is looking at. */
export const SAMPLE_MEMO: CreateMemoInput = {
  title: 'About this sample project',
  bodyJson: {
    type: 'doc',
    content: PARAGRAPHS.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  },
  bodyText: PARAGRAPHS.join('\n\n'),
  targetType: 'project',
  targetId: null,
};
