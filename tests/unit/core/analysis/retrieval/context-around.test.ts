import { describe, expect, it } from 'vitest';
import { contextAround } from '../../../../../core/analysis/retrieval/to-retrieval-rows';

const text = 'First paragraph.\n\nSecond one has the quote in it.\n\nThird.';

describe('contextAround', () => {
  it('shows the rest of the paragraph around a span', () => {
    const start = text.indexOf('the quote');
    expect(contextAround(text, start, start + 9, { unit: 'paragraph', size: 0 })).toEqual({
      before: 'Second one has ',
      after: ' in it.',
    });
  });

  it('shows N characters either side, across paragraphs', () => {
    const start = text.indexOf('Second');
    expect(contextAround(text, start, start + 6, { unit: 'characters', size: 4 })).toEqual({
      before: 'h.\n\n',
      after: ' one',
    });
  });

  it('shows nothing before a span that starts its paragraph', () => {
    const start = text.indexOf('Third');
    expect(contextAround(text, start, text.length, { unit: 'paragraph', size: 0 })).toEqual({
      before: '',
      after: '',
    });
  });
});
