import { describe, expect, it } from 'vitest';
import { splitSnippet } from '../../../renderer/features/search/split-snippet';

describe('splitSnippet', () => {
  it('splits the marked hit from its context', () => {
    expect(splitSnippet('the «city» council', 4)).toEqual({
      before: 'the ',
      hit: 'city',
      after: ' council',
    });
  });

  it('takes the marker near where the backend puts it when the text has guillemets too', () => {
    const before = `…${'x'.repeat(20)} «quoted» ${'y'.repeat(38)}`;
    const snippet = `${before}«hit» and «more» text`;
    expect(splitSnippet(snippet, 500)).toEqual({
      before,
      hit: 'hit',
      after: ' and «more» text',
    });
  });

  it('keeps everything as plain text when there is no marker', () => {
    expect(splitSnippet('no marks', 0)).toEqual({ before: 'no marks', hit: '', after: '' });
  });
});
