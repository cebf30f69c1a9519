import type { EvidenceItem } from '../analysis/conclusions/list-conclusions';
import type { DisplayTable } from '../analysis/display-table';
import { REPORT_LABELS, type ReportLabels } from './report-labels';
import type { ReportCode, ReportDisplay, ReportModel } from './report-model';
import { citation, excerptFacts, paragraphs, reportDate, triangulationLine } from './report-text';

const esc = (text: string): string =>
  text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&#39;');

const STYLE = `
body{font:16px/1.55 Georgia,'Times New Roman',serif;max-width:48rem;margin:2rem auto;padding:0 1.25rem;color:#1d1d1f;background:#fff}
h1,h2,h3,h4{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.25}
h1{font-size:1.9rem;margin-bottom:.25rem}h2{font-size:1.4rem;margin-top:2.5rem;border-bottom:1px solid #ccc;padding-bottom:.25rem}
h3{font-size:1.15rem;margin-top:2rem}h4{font-size:1rem;margin:1.25rem 0 .4rem}
.meta,.facts,.cite,.muted{color:#555;font-size:.9rem}
table{border-collapse:collapse;width:100%;margin:.75rem 0;font-size:.9rem}
th,td{border:1px solid #bbb;padding:.35rem .5rem;text-align:left;vertical-align:top}
thead th{background:#f0f0f0}
#codebook th[scope=row]{min-width:8rem}
blockquote{margin:.6rem 0;padding:.4rem .9rem;border-left:3px solid #4a6fa5;background:#f7f8fb}
blockquote.negative{border-left-color:#a5484a;background:#fbf7f7}
blockquote p{margin:.2rem 0}
.status{display:inline-block;padding:.05rem .55rem;border-radius:1rem;font:600 .8rem system-ui,sans-serif;border:1px solid currentColor}
.status-tentative{color:#6b5b00}.status-supported{color:#1d5a8a}.status-verified{color:#1e6b34}.status-rejected{color:#8a1d1d}
.swatch{display:inline-block;width:.7rem;height:.7rem;border-radius:2px;margin-right:.35rem;vertical-align:baseline}
figure{margin:1rem 0}figure img{max-width:100%;height:auto;border:1px solid #ddd}
nav ol{padding-left:1.25rem}
@media print{body{margin:0;max-width:none;font-size:11pt}nav{display:none}h2{break-before:page}article,blockquote,tr{break-inside:avoid}a{color:inherit;text-decoration:none}}
`;

/** The report as one self-contained, printable HTML page (no scripts, no outside resources). */
export function reportHtml(model: ReportModel): string {
  const t = REPORT_LABELS[model.language];
  const sections: string[] = [];
  const nav: string[] = [];
  if (model.codebook !== null) {
    nav.push(`<li><a href="#codebook">${esc(t.codebook)}</a></li>`);
    sections.push(codebookHtml(model.codebook, t));
  }
  if (model.displays.length > 0) {
    nav.push(`<li><a href="#displays">${esc(t.displays)}</a></li>`);
    sections.push(
      `<section id="displays"><h2>${esc(t.displays)}</h2>${model.displays.map((d) => displayHtml(d, t)).join('')}</section>`,
    );
  }
  nav.push(`<li><a href="#conclusions">${esc(t.conclusions)}</a></li>`);
  sections.push(conclusionsHtml(model, t));
  const meta = [
    model.projectName,
    `${t.generated} ${reportDate(model.generatedAt, model.language)}`,
  ]
    .filter((s) => s !== '')
    .join(' · ');
  return `<!doctype html>
<html lang="${model.language}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${esc(model.projectName === '' ? t.title : `${t.title}: ${model.projectName}`)}</title>
<style>${STYLE}</style></head>
<body><header><h1>${esc(t.title)}</h1><p class="meta">${esc(meta)}</p></header>
<nav aria-label="${esc(t.contents)}"><ol>${nav.join('')}</ol></nav>
${sections.join('\n')}
</body></html>
`;
}

function codebookHtml(codes: ReportCode[], t: ReportLabels): string {
  const rows = codes
    .map((c) => {
      const indent = c.depth > 0 ? ` style="padding-left:${0.5 + c.depth * 1.25}rem"` : '';
      return `<tr><th scope="row"${indent}><span class="swatch" style="background:${esc(c.color)}" aria-hidden="true"></span>${esc(c.name)}</th><td>${esc(c.definition)}</td><td>${esc(c.inclusion)}</td><td>${esc(c.exclusion)}</td><td>${esc(c.example)}</td><td>${c.codingCount}</td></tr>`;
    })
    .join('');
  const head = [t.code, t.definition, t.inclusion, t.exclusion, t.example, t.codings]
    .map((h) => `<th scope="col">${esc(h)}</th>`)
    .join('');
  return `<section id="codebook"><h2>${esc(t.codebook)}</h2><p>${esc(t.codebookIntro)}</p><table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></section>`;
}

function displayHtml(display: ReportDisplay, t: ReportLabels): string {
  if (display.table === null) {
    return `<h3>${esc(display.name)}</h3><p class="muted">${esc(t.displaySkipped)} ${esc(display.problem)}</p>`;
  }
  return `<h3>${esc(display.table.title || display.name)}</h3><p class="muted">${esc(display.table.kind)}</p>${svgHtml(display.table)}${tableHtml(display.table)}`;
}

/** A display's picture as an image: an SVG in an <img> runs no script, whatever it holds. */
function svgHtml(table: DisplayTable): string {
  if (table.svg === undefined || table.svg === '') return '';
  const data = Buffer.from(table.svg, 'utf8').toString('base64');
  return `<figure><img src="data:image/svg+xml;base64,${data}" alt="${esc(table.title)}"></figure>`;
}

function tableHtml(table: DisplayTable): string {
  const head = table.columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('');
  const rows = table.rows
    .map(
      (r) =>
        `<tr><th scope="row">${esc(r.label)}</th>${r.cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

function conclusionsHtml(model: ReportModel, t: ReportLabels): string {
  const body =
    model.conclusions.length === 0
      ? `<p class="muted">${esc(t.noConclusions)}</p>`
      : model.conclusions
          .map((c, i) => {
            const applied = c.tactics.filter((x) => x.applied);
            const tactics =
              applied.length === 0
                ? `<p class="muted">${esc(t.noTactics)}</p>`
                : `<ul>${applied.map((x) => `<li><strong>${esc(t.tacticNames[x.tactic])}</strong>${x.note.trim() === '' ? '' : `: ${esc(x.note.trim())}`}</li>`).join('')}</ul>`;
            return `<article id="claim-${i + 1}"><h3>${i + 1}. ${esc(c.claim)}</h3>
<p>${esc(t.status)}: <span class="status status-${c.status}">${esc(t.statuses[c.status])}</span></p>
<p class="facts"><strong>${esc(t.triangulation)}:</strong> ${esc(triangulationLine(c.triangulation, t))}</p>
<h4>${esc(t.supporting)}</h4>${evidenceHtml(c.supporting, t, '')}
<h4>${esc(t.negative)}</h4>${evidenceHtml(c.negative, t, 'negative')}
<h4>${esc(t.rivalExplanations)}</h4>${textHtml(c.rivalExplanations, t)}
<h4>${esc(t.tactics)}</h4>${tactics}
${c.note.trim() === '' ? '' : `<h4>${esc(t.note)}</h4>${textHtml(c.note, t)}`}</article>`;
          })
          .join('\n');
  return `<section id="conclusions"><h2>${esc(t.conclusions)}</h2><p>${esc(t.conclusionsIntro)}</p>${body}</section>`;
}

function evidenceHtml(items: EvidenceItem[], t: ReportLabels, kind: string): string {
  if (items.length === 0) return `<p class="muted">${esc(t.none)}</p>`;
  return items
    .map(
      (e) =>
        `<blockquote${kind === '' ? '' : ` class="${kind}"`}><p>“${esc(e.quote)}” <span class="cite">${esc(citation(e, t))}</span></p><p class="facts">${esc(excerptFacts(e))}${e.note.trim() === '' ? '' : ` — ${esc(e.note.trim())}`}</p></blockquote>`,
    )
    .join('');
}

function textHtml(text: string, t: ReportLabels): string {
  const ps = paragraphs(text);
  return ps.length === 0
    ? `<p class="muted">${esc(t.none)}</p>`
    : ps.map((p) => `<p>${esc(p)}</p>`).join('');
}
