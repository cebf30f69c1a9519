import { describe, expect, it } from 'vitest';
import { characterPatterns, unitPatterns } from '../../../../core/agreement/pattern-counts';
import { parseMatrixCsv } from '../../../../core/agreement/parse-matrix-csv';
import { mergeSpans, textUnits } from '../../../../core/agreement/text-units';

const TEXT = 'Kota kembar. Dua kota bekerja sama!\n\nAnggaran kurang. Rapat jarang.';

describe('textUnits', () => {
  it('splits paragraphs at the blank line between blocks', () => {
    const slices = textUnits(TEXT, 'paragraph').map((s) => TEXT.slice(s.start, s.end));
    expect(slices).toEqual([
      'Kota kembar. Dua kota bekerja sama!',
      'Anggaran kurang. Rapat jarang.',
    ]);
  });

  it('splits sentences inside each paragraph, never across', () => {
    const slices = textUnits(TEXT, 'sentence').map((s) => TEXT.slice(s.start, s.end).trim());
    expect(slices).toEqual([
      'Kota kembar.',
      'Dua kota bekerja sama!',
      'Anggaran kurang.',
      'Rapat jarang.',
    ]);
  });

  it('makes the whole text one document unit, and none of blank text', () => {
    expect(textUnits(TEXT, 'document')).toEqual([{ start: 0, end: TEXT.length }]);
    expect(textUnits('  ', 'document')).toEqual([]);
  });
});

describe('mergeSpans', () => {
  it('merges overlapping spans and keeps touching ones apart', () => {
    expect(
      mergeSpans([
        { start: 5, end: 9 },
        { start: 0, end: 3 },
        { start: 2, end: 4 },
        { start: 9, end: 12 },
      ]),
    ).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 9 },
      { start: 9, end: 12 },
    ]);
  });
});

describe('characterPatterns', () => {
  it('counts each character by the coders who coded it', () => {
    // A codes 0–10, B codes 5–15, of 20 characters.
    const counts = characterPatterns([[{ start: 0, end: 10 }], [{ start: 5, end: 15 }]], 20);
    expect(counts).toEqual([5, 5, 5, 5]);
  });
});

describe('unitPatterns', () => {
  it('counts a unit as coded by a coder whose span overlaps it', () => {
    const units = textUnits(TEXT, 'sentence');
    const counts = unitPatterns(
      units,
      [[{ start: 0, end: 4 }], [{ start: 2, end: 20 }]],
      units.length,
    );
    // Sentence 1: both; sentence 2: B only; sentences 3 and 4: nobody.
    expect(counts).toEqual([2, 0, 1, 1]);
  });
});

describe('parseMatrixCsv', () => {
  it('reads coder names, quoted cells and blank cells as missing values', () => {
    const csv = '\uFEFFAyu,"Budi, S."\r\n1,2\r\n"3",\r\n,\r\n';
    expect(parseMatrixCsv(csv, 'm.csv')).toEqual({
      coders: ['Ayu', 'Budi, S.'],
      units: [
        ['1', '2'],
        ['3', null],
      ],
    });
  });

  it('reads semicolon-separated files from spreadsheets in Indonesian locales', () => {
    expect(parseMatrixCsv('A;B\n1;1\n', 'm.csv').units).toEqual([['1', '1']]);
  });

  it('refuses a row with more cells than coders', () => {
    expect(() => parseMatrixCsv('A,B\n1,2,3\n', 'm.csv')).toThrow(/more cells than coders/u);
  });
});
