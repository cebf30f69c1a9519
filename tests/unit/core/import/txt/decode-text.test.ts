import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../../core/import/txt/decode-text';

const SAMPLE = 'Kata “kutip” – ‘satu’\r\nbaris dua\rbaris tiga';
const EXPECTED = 'Kata “kutip” – ‘satu’\nbaris dua\nbaris tiga';

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const le = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
  if (bigEndian) le.swap16();
  return new Uint8Array(le);
}

describe('decodeText', () => {
  it('reads UTF-8 and normalises line ends when there is no BOM', () => {
    expect(decodeText(new TextEncoder().encode(SAMPLE), 'a.txt')).toEqual({
      text: EXPECTED,
      encoding: 'utf-8',
      notes: [],
    });
  });

  it('drops the BOM when UTF-8 starts with one', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('abc')]);
    expect(decodeText(bytes, 'a.txt').text).toBe('abc');
  });

  it.each([
    ['utf-16le', false, true],
    ['utf-16be', true, true],
    ['utf-16le', false, false],
    ['utf-16be', true, false],
  ] as const)('reads %s when big-endian is %s and BOM is %s', (encoding, bigEndian, bom) => {
    const decoded = decodeText(utf16(SAMPLE, bigEndian, bom), 'a.txt');
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(EXPECTED);
  });

  it('falls back to Windows-1252 with curly quotes when the bytes are not UTF-8', () => {
    const bytes = new Uint8Array([
      0x93, 0x61, 0x94, 0x20, 0x91, 0x62, 0x92, 0x20, 0x96, 0x0d, 0x0a, 0xe9,
    ]);
    const decoded = decodeText(bytes, 'a.txt');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe('“a” ‘b’ –\né');
    expect(decoded.notes[0]).toMatch(/Windows-1252/);
  });

  it('throws import_encoding when the bytes are binary', () => {
    let seed = 7;
    const bytes = Uint8Array.from(
      { length: 4096 },
      () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff,
    );
    expect(() => decodeText(bytes, 'acak.txt')).toThrow(
      expect.objectContaining({ code: 'import_encoding' }),
    );
  });
});
