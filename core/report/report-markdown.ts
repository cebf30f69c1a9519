import type { EvidenceItem } from '../analysis/conclusions/list-conclusions';
import type { DisplayTable } from '../analysis/display-table';
import { REPORT_LABELS, type ReportLabels } from './report-labels';
import type { ReportCode, ReportModel } from './report-model';
import { citation, excerptFacts, paragraphs, reportDate, triangulationLine } from './report-text';

/** Text safe inside a Markdown paragraph or table cell: markup characters escaped, one line. */
export function mdEscape(text: string): string {
  return text
    .replace(/\s*\n\s*/gu, ' ')
    .replace(/([\\`*_{}[\]#+!|<>~])/gu, '\\$1')
    .replace(/^(\s*)([-=])/u, '$1\\$2')
    .replace(/^(\s*\d+)\./u, '$1\\.');
}

/** The report as Markdown (GitHub-flavoured tables), for pasting into a thesis draft. */
export function reportMarkdown(model: ReportModel): string {
  const t = REPORT_LABELS[model.language];
  const out: string[] = [`# ${mdEscape(t.title)}`, ''];
  const meta = [
    model.projectName,
    `${t.generated} ${reportDate(model.generatedAt, model.language)}`,
  ]
    .filter((s) => s !== '')
    .map(mdEscape)
    .join(' · ');
  out.push(`_${meta}_`, '');
  if (model.codebook !== null) out.push(...codebookMd(model.codebook, t));
  if (model.displays.length > 0) {
    out.push(`## ${mdEscape(t.displays)}`, '');
    for (const d of model.displays) {
      out.push(`### ${mdEscape(d.table?.title || d.name)}`, '');
      if (d.table === null) out.push(`_${mdEscape(`${t.displaySkipped} ${d.problem}`)}_`, '');
      else out.push(...tableMd(d.table), '');
    }
  }
  out.push(`## ${mdEscape(t.conclusions)}`, '', mdEscape(t.conclusionsIntro), '');
  if (model.conclusions.length === 0) out.push(`_${mdEscape(t.noConclusions)}_`, '');
  model.conclusions.forEach((c, i) => {
    out.push(`### ${i + 1}. ${mdEscape(c.claim)}`, '');
    out.push(`**${mdEscape(t.status)}:** ${mdEscape(t.statuses[c.status])}  `);
    out.push(
      `**${mdEscape(t.triangulation)}:** ${mdEscape(triangulationLine(c.triangulation, t))}`,
      '',
    );
    out.push(`#### ${mdEscape(t.supporting)}`, '', ...evidenceMd(c.supporting, t));
    out.push(`#### ${mdEscape(t.negative)}`, '', ...evidenceMd(c.negative, t));
    out.push(`#### ${mdEscape(t.rivalExplanations)}`, '', ...textMd(c.rivalExplanations, t));
    out.push(`#### ${mdEscape(t.tactics)}`, '');
    const applied = c.tactics.filter((x) => x.applied);
    if (applied.length === 0) out.push(`_${mdEscape(t.noTactics)}_`, '');
    else {
      for (const x of applied) {
        const note = x.note.trim() === '' ? '' : `: ${mdEscape(x.note.trim())}`;
        out.push(`- **${mdEscape(t.tacticNames[x.tactic])}**${note}`);
      }
      out.push('');
    }
    if (c.note.trim() !== '') out.push(`#### ${mdEscape(t.note)}`, '', ...textMd(c.note, t));
  });
  return `${out
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trimEnd()}\n`;
}

function codebookMd(codes: ReportCode[], t: ReportLabels): string[] {
  const head = [t.code, t.definition, t.inclusion, t.exclusion, t.example, t.codings];
  return [
    `## ${mdEscape(t.codebook)}`,
    '',
    mdEscape(t.codebookIntro),
    '',
    row(head),
    row(head.map(() => '---')),
    ...codes.map((c) =>
      row(
        [c.path, c.definition, c.inclusion, c.exclusion, c.example, String(c.codingCount)].map(
          mdEscape,
        ),
      ),
    ),
    '',
  ];
}

function tableMd(table: DisplayTable): string[] {
  return [
    row(table.columns.map(mdEscape)),
    row(table.columns.map(() => '---')),
    ...table.rows.map((r) => row([r.label, ...r.cells].map(mdEscape))),
  ];
}

const row = (cells: string[]): string =>
  `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;

function evidenceMd(items: EvidenceItem[], t: ReportLabels): string[] {
  if (items.length === 0) return [`_${mdEscape(t.none)}_`, ''];
  return items.flatMap((e) => [
    `> “${mdEscape(e.quote)}” ${mdEscape(citation(e, t))}  `,
    `> _${mdEscape(excerptFacts(e))}${e.note.trim() === '' ? '' : ` — ${mdEscape(e.note.trim())}`}_`,
    '',
  ]);
}

function textMd(text: string, t: ReportLabels): string[] {
  const ps = paragraphs(text);
  return ps.length === 0 ? [`_${mdEscape(t.none)}_`, ''] : ps.flatMap((p) => [mdEscape(p), '']);
}
