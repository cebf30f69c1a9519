import type { Ctx } from '../../context';
import type { Language } from '../../i18n/language';
import { codebookSections } from './codebook-sections';

/** Escapes characters Markdown would read as formatting at the start of a line or inline. */
function md(text: string): string {
  return text.replace(/([\\`*_[\]#<>|])/gu, '\\$1');
}

/** A readable codebook in Markdown: a heading per code (nested by depth) and its criteria. */
export function exportCodebookMarkdown(ctx: Ctx, projectName: string, language: Language): string {
  const { labels, sections } = codebookSections(ctx, language);
  const lines = [`# ${md(labels.title)}: ${md(projectName)}`, ''];
  for (const s of sections) {
    lines.push(`${'#'.repeat(Math.min(s.depth + 2, 6))} ${md(s.name)}`, '');
    lines.push(`*${md(s.path)}* · ${labels.codings}: ${s.codings}`, '');
    if (!s.codable) lines.push(`_${labels.notCodable}_`, '');
    for (const f of s.fields) {
      lines.push(`**${md(f.label)}**`, '', ...f.text.split('\n').map((l) => md(l)), '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
