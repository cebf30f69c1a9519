import type { Ctx } from '../context';
import { requireCode } from './code-row';
import { listCodes, type CodeListItem } from './list-codes';

/** The code with this id as the codebook lists it (path, depth, coding count); not_found if missing. */
export function getCode(ctx: Ctx, id: string): CodeListItem {
  const item = listCodes(ctx).find((c) => c.id === id);
  if (item !== undefined) return item;
  requireCode(ctx, id);
  throw new Error(`Code ${id} is outside the code tree`);
}
