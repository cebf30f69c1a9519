import { describe, expect, it } from 'vitest';
import { keepLineEndHyphen } from '../../../../../core/import/layout/keep-line-end-hyphen';
import { countWords } from '../../../../../core/import/layout/word-frequency';

const words = countWords(['para petani menanam padi', 'rumah-rumah di desa itu', 'petani-petani']);

describe('keepLineEndHyphen', () => {
  it('keeps the hyphen when the parts repeat a word (reduplication)', () => {
    expect(keepLineEndHyphen('sawah', 'sawah', words)).toBe(true);
  });
  it('keeps the hyphen when the next part is capitalised', () => {
    expect(keepLineEndHyphen('Self', 'Help', words)).toBe(true);
  });
  it('drops the hyphen when the joined word occurs elsewhere', () => {
    expect(keepLineEndHyphen('pe', 'tani', words)).toBe(false);
  });
  it('keeps the hyphen when the hyphenated form occurs elsewhere', () => {
    expect(keepLineEndHyphen('rumah', 'rumah', words)).toBe(true);
  });
  it('drops the hyphen when nothing speaks for a real one', () => {
    expect(keepLineEndHyphen('meng', 'airi', words)).toBe(false);
  });
});

describe('keepLineEndHyphen in capitals and prefixes', () => {
  it('drops the hyphen when a word in capitals is cut (CHO- / ICE)', () => {
    expect(keepLineEndHyphen('CHO', 'ICE', words)).toBe(false);
  });
  it('keeps the hyphen when a one-letter part stands before capitals (E- / GOVERNMENT)', () => {
    expect(keepLineEndHyphen('E', 'GOVERNMENT', words)).toBe(true);
  });
  it('keeps the hyphen when a lower-case prefix starts a compound (non- / governmental)', () => {
    expect(keepLineEndHyphen('non', 'governmental', words)).toBe(true);
  });
  it('drops the hyphen when a capitalised word is cut after a prefix-like part (Pre- / siden)', () => {
    expect(keepLineEndHyphen('Pre', 'siden', words)).toBe(false);
  });
});
