import type { IncomingCode } from '../codebook/codebook-entry';
import { kid, malformed, parseRefiXml, rootName } from './parse-refi-xml';
import { readCodes } from './read-codes';

/** The codes of a `.qdc` file (or of the codebook inside a project `.qde`). */
export function readQdc(xml: string, file: string): IncomingCode[] {
  const root = parseRefiXml(xml, file, 'REFI-QDA codebook');
  const name = rootName(root);
  if (name === 'CodeBook') return readCodes(kid(root, 'Codes'));
  if (name === 'Project') return readCodes(kid(kid(root, 'CodeBook'), 'Codes'));
  throw malformed(file, 'REFI-QDA codebook', `its root element is <${name}>, not <CodeBook>`);
}
