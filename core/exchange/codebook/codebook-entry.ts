import { asc } from 'drizzle-orm';
import { codes } from '../../../db/schema';
import type { Code } from '../../coding/code-row';
import type { Ctx } from '../../context';

/** A code with its path, in tree order (parents before children, siblings by sort order). */
export interface CodebookEntry {
  code: Code;
  /** Names from the root: ['culture', 'language']. */
  path: string[];
  depth: number;
}

/** The project's codebook, walked depth first. */
export function listCodebook(ctx: Ctx): CodebookEntry[] {
  const rows = ctx.db.select().from(codes).orderBy(asc(codes.sortOrder), asc(codes.name)).all();
  const children = new Map<string | null, Code[]>();
  for (const row of rows) {
    const list = children.get(row.parentId) ?? [];
    list.push(row);
    children.set(row.parentId, list);
  }
  const out: CodebookEntry[] = [];
  const walk = (parentId: string | null, path: string[]): void => {
    for (const code of children.get(parentId) ?? []) {
      const own = [...path, code.name];
      out.push({ code, path: own, depth: path.length });
      walk(code.id, own);
    }
  };
  walk(null, []);
  return out;
}

/** A code as another tool or file describes it, before it is matched to ours. */
export interface IncomingCode {
  /** The GUID the file gives, normalised; null when it gives none. */
  guid: string | null;
  /** Names from the root; the last is the code's own name. */
  path: string[];
  color?: string;
  codable?: boolean;
  definition?: string;
  inclusion?: string;
  exclusion?: string;
  example?: string;
}

/** The text fields of a code a codebook file can carry. */
export const TEXT_FIELDS = ['definition', 'inclusion', 'exclusion', 'example'] as const;
