import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCanonicalText } from '../../../core/text/to-canonical-text';
import { createOffsetMap } from '../../../renderer/ui/offset-map';
import { arbitraryDoc } from './arbitrary-doc';
import { readerSchema } from './reader-schema';

describe('createOffsetMap', () => {
  const json = {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Title' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'one ' },
          { type: 'pageMarker', attrs: { page: 2, label: '2' } },
          { type: 'text', text: 'two', marks: [{ type: 'bold' }] },
          { type: 'hardBreak' },
          { type: 'text', text: 'three' },
        ],
      },
    ],
  };
  const { text, runs } = toCanonicalText(json);
  const map = createOffsetMap(runs, text.length);
  const doc = readerSchema.nodeFromJSON(json);

  it('maps offsets inside runs to the positions of the same characters', () => {
    expect(text).toBe('Title\n\none two\nthree');
    const at = text.indexOf('two');
    expect(doc.textBetween(map.toPos(at), map.toPos(at + 3, 'end'))).toBe('two');
    expect(map.toOffset(map.toPos(at))).toBe(at);
  });

  it('snaps offsets in a block separator to the next or previous run by bias', () => {
    expect(map.toPos(5, 'end')).toBe(6);
    expect(map.toPos(6, 'start')).toBe(map.toPos(7, 'start'));
    expect(doc.textBetween(map.toPos(6, 'start'), map.toPos(11, 'end'))).toBe('one ');
  });

  it('maps a position in a gap to the run after (start) or before (end)', () => {
    const afterTitle = 7; // between the heading and the paragraph
    expect(map.toOffset(afterTitle, 'start')).toBe(7);
    expect(map.toOffset(afterTitle, 'end')).toBe(5);
  });

  it('returns 0 for a document without text', () => {
    const empty = createOffsetMap([], 0);
    expect(empty.toPos(0)).toBe(0);
    expect(empty.toOffset(3)).toBe(0);
  });

  it('slices every text run the same from the canonical text and the document', () => {
    fc.assert(
      fc.property(arbitraryDoc, (json) => {
        const canonical = toCanonicalText(json);
        const pm = readerSchema.nodeFromJSON(json);
        pm.check();
        for (const run of canonical.runs) {
          if (run.pos === null) continue;
          expect(canonical.text.slice(run.start, run.start + run.text.length)).toBe(run.text);
          expect(pm.textBetween(run.pos, run.pos + run.text.length)).toBe(run.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips every offset inside a text run through positions', () => {
    fc.assert(
      fc.property(arbitraryDoc, fc.nat(), (json, seed) => {
        const canonical = toCanonicalText(json);
        const m = createOffsetMap(canonical.runs, canonical.text.length);
        const pm = readerSchema.nodeFromJSON(json);
        for (const run of canonical.runs) {
          if (run.pos === null) continue;
          const inside = run.start + (seed % (run.text.length + 1));
          const bias = inside === run.start + run.text.length ? 'end' : 'start';
          expect(m.toOffset(m.toPos(inside, bias), bias)).toBe(inside);
          const pos = run.pos + (seed % (run.text.length + 1));
          expect(m.toPos(m.toOffset(pos, bias), bias)).toBe(pos);
        }
        const a = seed % (canonical.text.length + 1);
        const from = m.toPos(a, 'start');
        const to = m.toPos(canonical.text.length, 'end');
        if (from < to) {
          const between = pm.textBetween(from, to, '\n\n', '');
          expect(between.replace(/\s+/gu, '')).toBe(
            canonical.text.slice(m.toOffset(from)).replace(/\s+/gu, ''),
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});
