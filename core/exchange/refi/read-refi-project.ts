import { basename } from 'node:path';
import { malformed, parseRefiXml } from './parse-refi-xml';
import { readProjectModel } from './read-project-model';
import { readRefiZip, type RefiZip, type ZipLimits } from './read-refi-zip';
import { decodeText } from './read-source-text';
import type { RefiModel } from './refi-model';

const FORMAT = 'REFI-QDA project';

/** Whether the bytes start like a ZIP archive. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/**
 * Reads a `.qdpx` archive (its `.qde` found case-insensitively, sources next to it) or a bare
 * `.qde` file into a RefiModel, without touching the project.
 */
export async function readRefiProject(
  bytes: Uint8Array,
  file: string,
  limits?: ZipLimits,
): Promise<RefiModel> {
  const name = basename(file);
  if (!isZip(bytes)) {
    const xml = decodeText(Buffer.from(bytes));
    return readProjectModel(parseRefiXml(xml, name, FORMAT), null, '', name);
  }
  const zip = await readRefiZip(bytes, name, limits);
  const qde = findQde(zip, name);
  const baseDir = qde.includes('/') ? qde.slice(0, qde.lastIndexOf('/')) : '';
  const xml = decodeText(zip.get(qde) ?? Buffer.alloc(0));
  return readProjectModel(parseRefiXml(xml, name, FORMAT), zip, baseDir, name);
}

/** The project file in the archive: the shallowest entry ending in .qde, in any letter case. */
function findQde(zip: RefiZip, file: string): string {
  const candidates = zip.paths
    .filter((p) => /\.qde$/iu.test(p) && !p.split('/').some((part) => part.startsWith('__MACOSX')))
    .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
  const first = candidates[0];
  if (first === undefined) throw malformed(file, FORMAT, 'the archive holds no .qde project file');
  return first;
}
