import type { Ctx } from '../context';
import { requireCode } from './code-row';

/** The names from the root to this code, joined by "/": "culture/language". */
export function codePath(ctx: Ctx, id: string): string {
  const names: string[] = [];
  let current: string | null = id;
  while (current !== null) {
    const code = requireCode(ctx, current);
    names.unshift(code.name);
    current = code.parentId;
  }
  return names.join('/');
}
