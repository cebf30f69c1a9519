import { count, eq } from 'drizzle-orm';
import { codings } from '../../../db/schema';
import type { Ctx } from '../../context';
import type { Language } from '../../i18n/language';
import { listCodebook } from './codebook-entry';
import { CODEBOOK_LABELS, type CodebookLabels } from './codebook-labels';

/** One code as a readable codebook shows it. */
export interface CodebookSection {
  path: string;
  name: string;
  depth: number;
  color: string;
  codable: boolean;
  codings: number;
  /** Label and text of each non-empty field, in reading order. */
  fields: { label: string; text: string }[];
}

/** The sections of a readable codebook, in tree order, labelled in `language`. */
export function codebookSections(
  ctx: Ctx,
  language: Language,
): { labels: CodebookLabels; sections: CodebookSection[] } {
  const labels = CODEBOOK_LABELS[language];
  const sections = listCodebook(ctx).map(({ code, path, depth }) => ({
    path: path.join(' / '),
    name: code.name,
    depth,
    color: code.color,
    codable: code.codable,
    codings:
      ctx.db.select({ n: count() }).from(codings).where(eq(codings.codeId, code.id)).get()?.n ?? 0,
    fields: (
      [
        [labels.definition, code.definition],
        [labels.inclusion, code.inclusion],
        [labels.exclusion, code.exclusion],
        [labels.example, code.example],
      ] as const
    )
      .filter(([, text]) => text.trim() !== '')
      .map(([label, text]) => ({ label, text: text.trim() })),
  }));
  return { labels, sections };
}
