import { TelaahError } from '../../errors';
import { decodeWindows1252 } from './decode-windows-1252';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A text file's content as a string with LF line ends, and how it was read. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  notes: string[];
}

/** Above this share of control characters the bytes are not text in any encoding we read. */
const MAX_CONTROL_SHARE = 0.01;
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd]/g;

/**
 * Decodes a text file: a BOM decides first (UTF-8, UTF-16 LE/BE), then NUL-byte patterns reveal
 * UTF-16 without BOM, then strict UTF-8, and Windows-1252 as the last resort (it covers the curly
 * quotes at 0x91–0x94 that Latin-1 lacks). Binary content is refused with import_encoding.
 */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  const { encoding, offset } = detectEncoding(bytes);
  const notes: string[] = [];
  let text: string;
  try {
    const body = bytes.subarray(offset);
    text =
      encoding === 'windows-1252'
        ? decodeWindows1252(body)
        : new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    throw encodingError(fileName);
  }
  if (encoding === 'windows-1252') {
    notes.push('The file is not UTF-8; it was read as Windows-1252 (Western European).');
  } else if (encoding !== 'utf-8') {
    notes.push(`The file was read as ${encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'}.`);
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > Math.max(0, text.length * MAX_CONTROL_SHARE)) throw encodingError(fileName);
  if (controls > 0) {
    text = text.replace(CONTROL, '');
    notes.push(`${controls} stray control character(s) were removed.`);
  }
  return { text: text.replace(/\r\n?/g, '\n'), encoding, notes };
}

function detectEncoding(bytes: Uint8Array): { encoding: TextEncodingName; offset: number } {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', offset: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', offset: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', offset: 2 };
  const utf16 = guessUtf16(bytes);
  if (utf16 !== null) return { encoding: utf16, offset: 0 };
  return { encoding: isUtf8(bytes) ? 'utf-8' : 'windows-1252', offset: 0 };
}

/** Mostly-Latin UTF-16 text has a NUL in every other byte: odd ones for LE, even ones for BE. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192) & ~1);
  if (sample.length < 4) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenNuls++;
    else oddNuls++;
  }
  const pairs = sample.length / 2;
  if (oddNuls > pairs * 0.3 && evenNuls < pairs * 0.05) return 'utf-16le';
  if (evenNuls > pairs * 0.3 && oddNuls < pairs * 0.05) return 'utf-16be';
  return null;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function encodingError(fileName: string): TelaahError {
  return new TelaahError(
    'import_encoding',
    `“${fileName}” does not look like text: its bytes make no sense as UTF-8, UTF-16 or Windows-1252. If it is a document from another program, save it as .txt, .docx or .pdf and import that.`,
    { file: fileName },
  );
}
