import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppDispatch, type AppDispatch } from '../../core/api/create-app-dispatch';
import { makePdf } from '../helpers/make-pdf';
import { runTelaah } from '../helpers/run-telaah';
import { dispatchCalls } from '../helpers/dispatch-calls';

const CLAIM = 'Budgets <script>alert(1)</script> & “politics” decide continuity';
const QUOTE = 'Warga menolak program karena biayanya tidak jelas.';

const docXml = (base64: string): string =>
  strFromU8(unzipSync(Buffer.from(base64, 'base64'))['word/document.xml']!);
const text = (base64: string): string => Buffer.from(base64, 'base64').toString('utf8');

describe('findings report export', () => {
  let dir: string;
  let app: AppDispatch;
  let n = 0;
  let title = '';
  const { ok } = dispatchCalls(() => app);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'telaah-report-'));
    const pdf = await makePdf(
      [
        { columns: [[{ text: 'Laporan kerja sama kota kembar.' }]], pageNumber: 1 },
        { columns: [[{ text: QUOTE }, { text: 'Kota lain tetap berjalan.' }]], pageNumber: 2 },
      ],
      'Laporan Kota',
    );
    writeFileSync(join(dir, 'laporan.pdf'), pdf);
    app = createAppDispatch({
      version: '0.0.0-test',
      settingsFile: null,
      deps: {
        now: () => Date.UTC(2026, 10, 23),
        newId: () => `id-${String(++n).padStart(5, '0')}`,
      },
    });
    await ok('project.create', { file: join(dir, 'study.telaah'), coder: 'Ayu' });
    const [outcome] = await ok('documents.import', { paths: [join(dir, 'laporan.pdf')] });
    if (!outcome?.ok) throw new Error('import failed');
    title = outcome.document.title;
    const codes = await ok('codes.list', {});
    const obstacle = codes.find((c) => c.name === 'obstacle')!;
    await ok('codes.update', {
      id: obstacle.id,
      patch: { definition: 'What holds cooperation back.' },
    });
    const [hit] = await ok('search.text', { query: '"Warga menolak"' });
    const start = hit!.start;
    const segment = await ok('segments.code', {
      documentId: hit!.documentId,
      start,
      end: start + QUOTE.length,
      codeIds: [obstacle.id],
    });
    const claim = await ok('conclusions.create', { claim: CLAIM, status: 'supported' });
    await ok('conclusions.setEvidence', {
      conclusionId: claim.id,
      segmentIds: [segment.id],
      role: 'supporting',
    });
    await ok('conclusions.setTactic', {
      conclusionId: claim.id,
      tactic: 'triangulating',
      applied: true,
      note: 'Only one source so far.',
    });
  });
  afterAll(() => {
    app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes a self-contained, escaped HTML report citing document and page', async () => {
    const file = await ok('report.export', { format: 'html', language: 'en' });
    expect(file.fileName).toBe('study findings-report.html');
    const html = text(file.base64);
    expect(html).toContain('<html lang="en">');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Budgets &lt;script&gt;alert(1)&lt;/script&gt; &amp; “politics”');
    expect(html).toContain(`“${QUOTE}”`);
    expect(html).toContain(`(${title}, p. 2)`);
    expect(html).toContain('<strong>Triangulating</strong>: Only one source so far.');
    expect(html).toContain('What holds cooperation back.');
    expect(html).toContain('1 source type (pdf) · 0 cases · 1 coder (Ayu)');
    expect(html).not.toMatch(/<link|<script|src="https?:/u);
    expect(html).toContain('Supported');
  });

  it('writes headings and citations in Bahasa Indonesia when asked', async () => {
    const html = text((await ok('report.export', { format: 'html', language: 'id' })).base64);
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('Buku kode');
    expect(html).toContain(`(${title}, hlm. 2)`);
    expect(html).toContain('Triangulasi');
    expect(html).toContain('Didukung');
  });

  it('writes a DOCX with the claim, the cited excerpt and the tactic', async () => {
    const file = await ok('report.export', { format: 'docx', language: 'en' });
    expect(file.fileName.endsWith('.docx')).toBe(true);
    const xml = docXml(file.base64);
    expect(xml).toContain('Budgets &lt;script&gt;alert(1)&lt;/script&gt; &amp; “politics”');
    expect(xml).toContain(QUOTE);
    expect(xml).toContain(`(${title}, p. 2)`);
    expect(xml).toContain('Triangulating');
    expect(xml).toContain('What holds cooperation back.');
  });

  it('writes Markdown with escaped markup and quoted excerpts', async () => {
    const md = text((await ok('report.export', { format: 'md', language: 'en' })).base64);
    expect(md).toContain(
      '### 1. Budgets \\<script\\>alert(1)\\</script\\> & “politics” decide continuity',
    );
    expect(md).toContain(`> “${QUOTE}” (${title}, p. 2)`);
    expect(md).toContain('- **Triangulating**: Only one source so far.');
    expect(md).toMatch(/\| obstacle \| What holds cooperation back\. \|/u);
  });

  it('leaves out claims whose status is not chosen, and the codebook when asked', async () => {
    const html = text(
      (
        await ok('report.export', {
          format: 'html',
          language: 'en',
          statuses: ['verified'],
          omitCodebook: true,
        })
      ).base64,
    );
    expect(html).not.toContain('Budgets');
    expect(html).toContain('No conclusions with the chosen statuses.');
    expect(html).not.toContain('id="codebook"');
  });

  it('is written by `telaah export --format html|md|docx`', () => {
    app.close();
    const cli = (...args: string[]) => runTelaah(args, { cwd: dir });
    expect(
      cli('export', 'study.telaah', '--format', 'html', '--out', 'r.html', '--lang', 'id').status,
    ).toBe(0);
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(html).toContain('Laporan temuan');
    expect(html).toContain(`(${title}, hlm. 2)`);
    expect(cli('export', 'study.telaah', '--format', 'md', '--out', 'r.md').status).toBe(0);
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toContain('# Findings report');
    expect(cli('export', 'study.telaah', '--format', 'docx', '--out', 'r.docx').status).toBe(0);
    const xml = strFromU8(unzipSync(readFileSync(join(dir, 'r.docx')))['word/document.xml']!);
    expect(xml).toContain(QUOTE);
  });
});
