import type { Excerpt } from '../analysis/conclusions/load-excerpts';
import type { Triangulation } from '../analysis/conclusions/triangulation';
import type { ReportLabels, ReportLanguage } from './report-labels';

/** A cited excerpt's source: "(Document title, p. 4)", or "(Document title)" when unpaged. */
export function citation(excerpt: Excerpt, t: ReportLabels): string {
  const page =
    excerpt.page === null ? '' : `, ${t.page} ${excerpt.page.label ?? excerpt.page.page}`;
  return `(${excerpt.documentTitle}${page})`;
}

/** "3 source types (a, b, c) · 2 cases (x, y) · 2 coders (Ayu, Joko)". */
export function triangulationLine(tri: Triangulation, t: ReportLabels): string {
  const part = (values: string[], many: string, one: string): string =>
    `${values.length} ${values.length === 1 ? one : many}${values.length > 0 ? ` (${values.join(', ')})` : ''}`;
  return [
    part(tri.sourceTypes, t.sourceTypes, t.sourceTypeOne),
    part(tri.cases, t.cases, t.caseOne),
    part(tri.coders, t.coders, t.coderOne),
  ].join(' · ');
}

/** The excerpt's codes and coder: "identity, norm · Ayu". */
export function excerptFacts(excerpt: Excerpt): string {
  return [excerpt.codePaths.join(', '), excerpt.coderName].filter((s) => s !== '').join(' · ');
}

/** The report's date, e.g. "23 November 2026". */
export function reportDate(at: number, language: ReportLanguage): string {
  return new Date(at).toLocaleDateString(language === 'id' ? 'id-ID' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Paragraphs of a multi-line text, blank ones dropped. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n+/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}
