import { describe, expect, it } from 'vitest';
import { toCanonicalText } from '../../../../core/text/to-canonical-text';
import type { PmNode } from '../../../../core/text/pm-node';

const p = (...content: PmNode[]): PmNode => ({ type: 'paragraph', content });
const t = (text: string): PmNode => ({ type: 'text', text });
const doc = (...content: PmNode[]): PmNode => ({ type: 'doc', content });

describe('toCanonicalText', () => {
  it('joins blocks with one blank line', () => {
    const result = toCanonicalText(
      doc({ type: 'heading', attrs: { level: 1 }, content: [t('PENDAHULUAN')] }, p(t('Satu.'))),
    );
    expect(result.text).toBe('PENDAHULUAN\n\nSatu.');
  });

  it('skips empty blocks so no double separators appear', () => {
    expect(toCanonicalText(doc(p(t('a')), p(), p(t('b')))).text).toBe('a\n\nb');
  });

  it('flattens lists into one block per item', () => {
    const list: PmNode = {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [p(t('first'))] },
        { type: 'listItem', content: [p(t('second'))] },
      ],
    };
    expect(toCanonicalText(doc(p(t('intro')), list)).text).toBe('intro\n\nfirst\n\nsecond');
  });

  it('joins table cells with a tab, one block per row', () => {
    const cell = (s: string): PmNode => ({ type: 'tableCell', content: [p(t(s))] });
    const table: PmNode = {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('a'), cell('b')] },
        { type: 'tableRow', content: [cell('c'), cell('d')] },
      ],
    };
    expect(toCanonicalText(doc(table)).text).toBe('a\tb\n\nc\td');
  });

  it('records where each page starts from page markers', () => {
    const result = toCanonicalText(
      doc(
        p({ type: 'pageMarker', attrs: { page: 1, label: '45' } }, t('one two ')),
        p(t('three'), { type: 'pageMarker', attrs: { page: 2, label: '46' } }, t(' four')),
      ),
    );
    expect(result.text).toBe('one two \n\nthree four');
    expect(result.pageMap).toEqual([
      { page: 1, label: '45', start: 0 },
      { page: 2, label: '46', start: 15 },
    ]);
  });

  it('maps every text run to the ProseMirror position of its text', () => {
    const d = doc(p(t('ab'), { type: 'hardBreak' }, t('cd')), p(t('ef')));
    const { runs, text } = toCanonicalText(d);
    expect(text).toBe('ab\ncd\n\nef');
    const textRuns = runs.filter((r) => r.pos !== null).map((r) => [r.text, r.pos]);
    // doc content starts at 0; paragraph opens at 0 so its text starts at 1
    expect(textRuns).toEqual([
      ['ab', 1],
      ['cd', 4],
      ['ef', 8],
    ]);
  });
});
