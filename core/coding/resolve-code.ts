import type { Ctx } from '../context';
import { TelaahError } from '../errors';
import { listCodes, type CodeListItem } from './list-codes';

/**
 * Finds a code by id, by path ("culture/language") or by name, ignoring case. A name used by
 * several codes is a conflict that lists their paths.
 */
export function resolveCode(ctx: Ctx, nameOrPathOrId: string): CodeListItem {
  const wanted = nameOrPathOrId.trim();
  const all = listCodes(ctx);
  const byId = all.find((c) => c.id === wanted);
  if (byId !== undefined) return byId;
  const lower = wanted.toLowerCase();
  const byPath = all.find((c) => c.path.toLowerCase() === lower);
  if (byPath !== undefined) return byPath;
  const byName = all.filter((c) => c.name.toLowerCase() === lower);
  const [only] = byName;
  if (byName.length === 1 && only !== undefined) return only;
  if (byName.length === 0) {
    throw new TelaahError('not_found', `Code not found: ${nameOrPathOrId}`, {
      what: 'Code',
      name: nameOrPathOrId,
    });
  }
  const paths = byName.map((c) => `“${c.path}”`).join(', ');
  throw new TelaahError(
    'conflict',
    `Cannot do that: “${nameOrPathOrId}” names ${byName.length} codes: ${paths}. Give the path.`,
    {
      detail: `“${nameOrPathOrId}” names ${byName.length} codes: ${paths}`,
    },
  );
}
