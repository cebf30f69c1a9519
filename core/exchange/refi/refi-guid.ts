import { createHash } from 'node:crypto';
import { isGuid } from './normalise-guid';

/**
 * The REFI-QDA GUID for one of our ids: the id itself when it is a UUID (so ids survive a round
 * trip), otherwise a stable name-based UUID derived from it.
 */
export function refiGuid(id: string): string {
  if (isGuid(id)) return id.toLowerCase();
  const hex = createHash('sha1').update(`telaah:${id}`).digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}
