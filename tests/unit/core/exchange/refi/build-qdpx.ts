import { strToU8, zipSync } from 'fflate';
import type { Ctx } from '../../../../../core/context';
import { applyProjectImport } from '../../../../../core/exchange/refi/apply-project-import';
import type { ProjectImportReport } from '../../../../../core/exchange/refi/project-import-report';
import { readRefiProject } from '../../../../../core/exchange/refi/read-refi-project';
import { createTestDb } from '../../../../helpers/create-test-db';

/** Entries of a .qdpx built in a test: path → text (UTF-8) or bytes. */
export type Entries = Record<string, string | Uint8Array>;

export const BOM = '\uFEFF';

/** Zips entries as a tool would write them (paths exactly as given). */
export function buildQdpx(entries: Entries): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [path, content] of Object.entries(entries)) {
    files[path] = typeof content === 'string' ? strToU8(content) : content;
  }
  return zipSync(files);
}

/** Imports a built archive (or bare .qde text) into a fresh project. */
export async function importBuilt(
  bytes: Uint8Array | string,
  file = 'project.qdpx',
): Promise<{ ctx: Ctx; report: ProjectImportReport }> {
  const ctx = createTestDb();
  const data = typeof bytes === 'string' ? strToU8(bytes) : bytes;
  const model = await readRefiProject(data, file);
  return { ctx, report: applyProjectImport(ctx, model) };
}

/** The position of `quote` in `text` as a tool counts: UTF-16 units or code points. */
export function positionOf(
  text: string,
  quote: string,
  unit: 'utf16' | 'codepoint',
): { start: number; end: number } {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`“${quote}” is not in the text`);
  const measure = (s: string): number => (unit === 'utf16' ? s.length : Array.from(s).length);
  return { start: measure(text.slice(0, at)), end: measure(text.slice(0, at + quote.length)) };
}

/** The coded quotes as "code: quote" lines, sorted. */
export function codedQuotes(ctx: Ctx): string[] {
  const rows = ctx.db.$client
    .prepare(
      `select k.name as code, s.quote from codings g join segments s on s.id = g.segment_id
       join codes k on k.id = g.code_id order by k.name, s.quote`,
    )
    .all() as { code: string; quote: string }[];
  return rows.map((r) => `${r.code}: ${r.quote}`);
}

/** Memos as "target: body" lines (segment targets show their quote), sorted. */
export function memoLines(ctx: Ctx): string[] {
  const rows = ctx.db.$client
    .prepare(
      `select m.target_type as type, m.body_text as body,
         coalesce(s.quote, d.title, k.name, '') as target
       from memos m left join segments s on m.target_type = 'segment' and s.id = m.target_id
       left join documents d on m.target_type = 'document' and d.id = m.target_id
       left join codes k on m.target_type = 'code' and k.id = m.target_id
       order by m.body_text`,
    )
    .all() as { type: string; body: string; target: string }[];
  return rows.map((r) => `${r.type} ${r.target}: ${r.body}`);
}
