import {
  type IRunOptions,
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { textAgreement } from '../agreement/text-agreement';
import type { Coefficient } from '../agreement/coefficient';
import { MAX_AGREEMENT_CODERS } from '../agreement/load-agreement-data';
import type { Ctx } from '../context';
import { reviewQueue, type ReviewItem } from './review-queue';
import type { ReviewState } from './review-state';

type Language = 'en' | 'id';

const LABELS = {
  en: {
    title: 'Review report',
    generated: 'Generated',
    summary: 'Summary',
    byCode: 'Decisions by code',
    byCoder: 'Decisions by coder',
    comments: 'Comments and decisions to discuss',
    code: 'Code',
    coder: 'Coder',
    total: 'Codings',
    reviewed: 'Reviewed',
    proposed: 'Open',
    accepted: 'Accepted',
    rejected: 'Rejected',
    discuss: 'To discuss',
    page: 'p.',
    none: 'No comments yet.',
    intro:
      'Every coding with its review state, as recorded in the project’s audit trail. Open codings have not been decided by a reviewer yet.',
    reviewers: 'Reviewers',
    agreement: 'Intercoder agreement',
    agreementIntro:
      'Paragraph units, all documents; a unit agrees when every coder applied the code or none did. n/a: not computable for these data.',
    units: 'Units',
    percent: 'Agreement',
    kappa: 'κ',
    alpha: 'α',
    overall: 'All codes',
  },
  id: {
    title: 'Laporan tinjauan',
    generated: 'Dibuat',
    summary: 'Ringkasan',
    byCode: 'Keputusan per kode',
    byCoder: 'Keputusan per pengode',
    comments: 'Komentar dan keputusan untuk didiskusikan',
    code: 'Kode',
    coder: 'Pengode',
    total: 'Pengodean',
    reviewed: 'Ditinjau',
    proposed: 'Terbuka',
    accepted: 'Diterima',
    rejected: 'Ditolak',
    discuss: 'Didiskusikan',
    page: 'hlm.',
    none: 'Belum ada komentar.',
    intro:
      'Setiap pengodean beserta status tinjauannya, sebagaimana tercatat dalam jejak audit proyek. Pengodean terbuka belum diputuskan oleh peninjau.',
    reviewers: 'Peninjau',
    agreement: 'Kesepakatan antarpengode',
    agreementIntro:
      'Unit paragraf, semua dokumen; sebuah unit sepakat bila semua pengode menerapkan kode itu atau tidak ada yang menerapkannya. t/a: tidak dapat dihitung untuk data ini.',
    units: 'Unit',
    percent: 'Kesepakatan',
    kappa: 'κ',
    alpha: 'α',
    overall: 'Semua kode',
  },
} as const;

type Counts = Record<ReviewState, number> & { total: number };

/** The numbers and excerpts a review report shows. */
export interface ReviewReportModel {
  generatedAt: number;
  progress: Counts;
  byCode: { path: string; color: string; counts: Counts }[];
  byCoder: { name: string; counts: Counts }[];
  reviewers: string[];
  /** Codings with comments or marked for discussion, with their threads. */
  discussed: ReviewItem[];
  /** Agreement figures per code, when the project has more than one coder. */
  agreement: { title: string; columns: string[]; rows: string[][] } | null;
}

const emptyCounts = (): Counts => ({
  total: 0,
  proposed: 0,
  accepted: 0,
  rejected: 0,
  discuss: 0,
});

/** Builds the report's model from the whole review queue. */
export function reviewReportModel(ctx: Ctx, language: Language): ReviewReportModel {
  const { items, progress } = reviewQueue(ctx);
  const byCode = new Map<string, { path: string; color: string; counts: Counts }>();
  const byCoder = new Map<string, { name: string; counts: Counts }>();
  const reviewers = new Set<string>();
  for (const item of items) {
    const code = byCode.get(item.code.id) ?? {
      path: item.code.path,
      color: item.code.color,
      counts: emptyCounts(),
    };
    code.counts[item.reviewState]++;
    code.counts.total++;
    byCode.set(item.code.id, code);
    const coder = byCoder.get(item.coderId) ?? { name: item.coderName, counts: emptyCounts() };
    coder.counts[item.reviewState]++;
    coder.counts.total++;
    byCoder.set(item.coderId, coder);
    if (item.reviewerName !== null) reviewers.add(item.reviewerName);
  }
  const coderCount = byCoder.size;
  return {
    generatedAt: ctx.now(),
    progress,
    byCode: [...byCode.values()].sort((a, b) => a.path.localeCompare(b.path)),
    byCoder: [...byCoder.values()].sort((a, b) => a.name.localeCompare(b.name)),
    reviewers: [...reviewers].sort(),
    discussed: items.filter((i) => i.comments.length > 0 || i.reviewState === 'discuss'),
    agreement: coderCount > 1 ? agreementSection(ctx, [...byCoder.keys()], language) : null,
  };
}

/**
 * Per-code agreement of the coders who coded (at most eight), by paragraph: Cohen's κ for two
 * coders, Fleiss' κ for more, and Krippendorff's α; null when nothing can be compared.
 */
function agreementSection(
  ctx: Ctx,
  coderIds: string[],
  language: Language,
): ReviewReportModel['agreement'] {
  const t = LABELS[language];
  const result = textAgreement(ctx, {
    coderIds: coderIds.slice(0, MAX_AGREEMENT_CODERS),
    unit: 'paragraph',
    excludeUncoded: false,
  });
  const show = (c: Coefficient, percent = false): string =>
    c.value === null
      ? language === 'id'
        ? 't/a'
        : 'n/a'
      : percent
        ? `${(c.value * 100).toFixed(1)} %`
        : c.value.toFixed(3);
  const kappa = (a: { cohenKappa: Coefficient; fleissKappa: Coefficient }) =>
    show(coderIds.length === 2 ? a.cohenKappa : a.fleissKappa);
  return {
    title: `${t.agreementIntro} (${result.coders.map((c) => c.name).join(', ')})`,
    columns: [t.code, t.units, t.percent, t.kappa, t.alpha],
    rows: [
      ...result.codes.map((c) => [
        c.codePath,
        String(c.units),
        show(c.percentAgreement, true),
        kappa(c),
        show(c.alpha),
      ]),
      [
        t.overall,
        String(result.overall.units),
        show(result.overall.percentAgreement, true),
        kappa(result.overall),
        show(result.overall.alpha),
      ],
    ],
  };
}

/** The review report as a self-contained HTML page or a DOCX document. */
export async function reviewReport(
  ctx: Ctx,
  format: 'html' | 'docx',
  language: Language,
): Promise<string | Uint8Array> {
  const model = reviewReportModel(ctx, language);
  return format === 'html'
    ? reviewReportHtml(model, language)
    : new Uint8Array(await Packer.toBuffer(reviewReportDocx(model, language)));
}

const esc = (text: string): string =>
  text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;');

function countColumns(t: (typeof LABELS)[Language]): string[] {
  return [t.total, t.accepted, t.rejected, t.discuss, t.proposed];
}

function countCells(c: Counts): string[] {
  return [c.total, c.accepted, c.rejected, c.discuss, c.proposed].map(String);
}

function citation(item: ReviewItem, t: (typeof LABELS)[Language]): string {
  const page = item.page === null ? '' : `, ${t.page} ${item.page.label ?? item.page.page}`;
  return `${item.documentTitle}${page}`;
}

function stateLabel(state: ReviewState, t: (typeof LABELS)[Language]): string {
  return t[state];
}

export function reviewReportHtml(model: ReviewReportModel, language: Language): string {
  const t = LABELS[language];
  const table = (head: string[], rows: string[][]): string =>
    `<table><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
      .map(
        (r) =>
          `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`,
      )
      .join('')}</tbody></table>`;
  const discussed = model.discussed
    .map((item) => {
      const thread = item.comments
        .map(
          (c) =>
            `<li><strong>${esc(c.authorName)}</strong> <time datetime="${new Date(c.createdAt).toISOString()}">${esc(formatDate(c.createdAt, language))}</time>: ${esc(c.body)}</li>`,
        )
        .join('');
      return `<article><h3>${esc(item.code.path)} · ${esc(item.coderName)} · <span class="state state-${item.reviewState}">${esc(stateLabel(item.reviewState, t))}</span></h3><blockquote>${esc(item.quote)}</blockquote><p class="cite">${esc(citation(item, t))}</p>${thread === '' ? '' : `<ul>${thread}</ul>`}</article>`;
    })
    .join('');
  const agreement =
    model.agreement === null
      ? ''
      : `<h2>${esc(t.agreement)}</h2><p>${esc(model.agreement.title)}</p>${table(model.agreement.columns, model.agreement.rows)}`;
  const p = model.progress;
  const reviewed = p.total - p.proposed;
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><title>${esc(t.title)}</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
table{border-collapse:collapse;margin:1rem 0;width:100%}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:right}
th[scope=row],thead th:first-child{text-align:left}thead th{background:#f2f2f2}
blockquote{margin:.5rem 0;padding:.25rem .75rem;border-left:3px solid #888;background:#fafafa}
.cite{color:#555;font-size:.9em;margin:0}.state{font-weight:normal}article{margin:1.25rem 0}
@media print{body{margin:0}}
</style></head><body>
<h1>${esc(t.title)}</h1>
<p>${esc(t.generated)}: ${esc(formatDate(model.generatedAt, language))}</p>
<p>${esc(t.intro)}</p>
<h2>${esc(t.summary)}</h2>
<p>${esc(t.reviewed)}: ${reviewed} / ${p.total} · ${esc(t.accepted)}: ${p.accepted} · ${esc(t.rejected)}: ${p.rejected} · ${esc(t.discuss)}: ${p.discuss} · ${esc(t.proposed)}: ${p.proposed}</p>
${model.reviewers.length > 0 ? `<p>${esc(t.reviewers)}: ${model.reviewers.map(esc).join(', ')}</p>` : ''}
<h2>${esc(t.byCode)}</h2>
${table(
  [t.code, ...countColumns(t)],
  model.byCode.map((c) => [c.path, ...countCells(c.counts)]),
)}
<h2>${esc(t.byCoder)}</h2>
${table(
  [t.coder, ...countColumns(t)],
  model.byCoder.map((c) => [c.name, ...countCells(c.counts)]),
)}
${agreement}
<h2>${esc(t.comments)}</h2>
${discussed === '' ? `<p>${esc(t.none)}</p>` : discussed}
</body></html>
`;
}

export function reviewReportDocx(model: ReviewReportModel, language: Language): Document {
  const t = LABELS[language];
  const cell = (text: string, bold = false, left = false) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: left ? AlignmentType.LEFT : AlignmentType.RIGHT,
          children: [styled(text, { bold })],
        }),
      ],
    });
  const table = (head: string[], rows: string[][]) =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: head.map((h, i) => cell(h, true, i === 0)) }),
        ...rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, false, i === 0)) })),
      ],
    });
  const p = model.progress;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, text: t.title }),
    new Paragraph(`${t.generated}: ${formatDate(model.generatedAt, language)}`),
    new Paragraph(t.intro),
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: t.summary }),
    new Paragraph(
      `${t.reviewed}: ${p.total - p.proposed} / ${p.total} · ${t.accepted}: ${p.accepted} · ${t.rejected}: ${p.rejected} · ${t.discuss}: ${p.discuss} · ${t.proposed}: ${p.proposed}`,
    ),
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: t.byCode }),
    table(
      [t.code, ...countColumns(t)],
      model.byCode.map((c) => [c.path, ...countCells(c.counts)]),
    ),
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: t.byCoder }),
    table(
      [t.coder, ...countColumns(t)],
      model.byCoder.map((c) => [c.name, ...countCells(c.counts)]),
    ),
  ];
  if (model.agreement !== null) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, text: t.agreement }),
      new Paragraph(model.agreement.title),
      table(model.agreement.columns, model.agreement.rows),
    );
  }
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: t.comments }));
  if (model.discussed.length === 0) children.push(new Paragraph(t.none));
  for (const item of model.discussed) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_3,
        text: `${item.code.path} · ${item.coderName} · ${stateLabel(item.reviewState, t)}`,
      }),
      new Paragraph({
        indent: { left: 567 },
        children: [styled(item.quote, { italics: true })],
      }),
      new Paragraph({ children: [new TextRun({ text: citation(item, t), color: '555555' })] }),
      ...item.comments.map(
        (c) =>
          new Paragraph({
            bullet: { level: 0 },
            children: [
              styled(`${c.authorName} `, { bold: true }),
              new TextRun(`(${formatDate(c.createdAt, language)}): ${c.body}`),
            ],
          }),
      ),
    );
  }
  return new Document({
    creator: 'Telaah',
    title: t.title,
    sections: [{ children }],
  });
}

/** A run with docx's bold/italic options (typed apart: lint confuses them with String#bold). */
function styled(text: string, style: Pick<IRunOptions, 'bold' | 'italics'>): TextRun {
  return new TextRun({ text, ...style });
}

function formatDate(ms: number, language: Language): string {
  return new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(ms);
}
