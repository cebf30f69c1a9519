import { TelaahError } from '../../errors';
import { describeContent, sniffContent } from '../detect-source-kind';
import { docxDamaged, legacyDoc } from './docx-errors';

/** Refuses, with a message saying what the file really is, anything that is not a ZIP archive. */
export function checkDocxSignature(bytes: Uint8Array, fileName: string): void {
  if (bytes.length === 0) {
    throw new TelaahError('import_empty_file', `“${fileName}” is empty (0 bytes).`, {
      file: fileName,
    });
  }
  const signature = sniffContent(bytes);
  if (signature === 'zip') return;
  if (signature === 'ole2') throw legacyDoc(fileName, true);
  if (signature !== 'unknown')
    throw docxDamaged(fileName, `its content is ${describeContent(signature)}`);
  throw docxDamaged(
    fileName,
    looksLikeText(bytes) ? 'its content is plain text' : 'it is not a ZIP archive',
  );
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  const controls = Buffer.from(sample)
    .toString('latin1')
    // eslint-disable-next-line no-control-regex -- binary data shows as control characters
    .match(/[\u0000-\u0008\u000e-\u001f]/g);
  return (controls?.length ?? 0) === 0;
}
