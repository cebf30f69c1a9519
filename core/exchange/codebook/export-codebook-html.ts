import type { Ctx } from '../../context';
import type { Language } from '../../i18n/language';
import { codebookSections } from './codebook-sections';

function esc(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** A readable, self-contained codebook page: no scripts, no external resources. */
export function exportCodebookHtml(ctx: Ctx, projectName: string, language: Language): string {
  const { labels, sections } = codebookSections(ctx, language);
  const body = sections
    .map((s) => {
      const level = Math.min(s.depth + 2, 6);
      const fields = s.fields
        .map((f) => `<dt>${esc(f.label)}</dt><dd>${esc(f.text).replaceAll('\n', '<br>')}</dd>`)
        .join('');
      return [
        `<section style="margin-left:${s.depth * 1.5}em">`,
        `<h${level}><span class="swatch" style="background:${esc(s.color)}"></span>${esc(s.name)}</h${level}>`,
        `<p class="meta">${esc(s.path)} · ${esc(labels.codings)}: ${s.codings}</p>`,
        s.codable ? '' : `<p class="meta"><em>${esc(labels.notCodable)}</em></p>`,
        fields === '' ? '' : `<dl>${fields}</dl>`,
        '</section>',
      ].join('');
    })
    .join('\n');
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<title>${esc(labels.title)}: ${esc(projectName)}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:48em;margin:2em auto;padding:0 1em;line-height:1.5;color:#1f2328}
.swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:.5em;vertical-align:baseline}
.meta{color:#57606a;margin:.2em 0}
dt{font-weight:600;margin-top:.5em}
dd{margin:0 0 .3em 0}
</style>
</head>
<body>
<h1>${esc(labels.title)}: ${esc(projectName)}</h1>
${body}
</body>
</html>
`;
}
