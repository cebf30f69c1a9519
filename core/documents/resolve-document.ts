import type { Ctx } from '../context';
import { TelaahError } from '../errors';

/**
 * Finds a document by id, exact title, or a case-insensitive title prefix that only one document
 * has. Throws not_found, or conflict listing the candidates when the prefix is shared.
 */
export function resolveDocument(ctx: Ctx, idOrTitle: string): { id: string; title: string } {
  const wanted = idOrTitle.trim();
  const all = ctx.db.$client
    .prepare('select id, title from documents order by sort_order')
    .all() as {
    id: string;
    title: string;
  }[];
  const exact = all.find((d) => d.id === wanted) ?? all.find((d) => d.title === wanted);
  if (exact !== undefined) return exact;
  const lower = wanted.toLowerCase();
  const sameTitle = all.filter((d) => d.title.toLowerCase() === lower);
  const candidates =
    sameTitle.length > 0 ? sameTitle : all.filter((d) => d.title.toLowerCase().startsWith(lower));
  const [only] = candidates;
  if (wanted !== '' && candidates.length === 1 && only !== undefined) return only;
  if (wanted === '' || candidates.length === 0) {
    throw new TelaahError('not_found', `Document not found: ${idOrTitle}`, {
      what: 'Document',
      name: idOrTitle,
    });
  }
  const list = candidates.map((d) => `“${d.title}”`).join(', ');
  throw new TelaahError(
    'conflict',
    `Cannot do that: “${idOrTitle}” matches ${candidates.length} documents: ${list}.`,
    {
      detail: `“${idOrTitle}” matches ${candidates.length} documents: ${list}`,
    },
  );
}
