import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createConclusion } from '../../../../core/analysis/conclusions/write-conclusion';
import { reportFormats } from '../../../../core/cli/export-formats/report';
import { createTestDb } from '../../../helpers/create-test-db';

describe('reportFormats', () => {
  const dir = mkdtempSync(join(tmpdir(), 'telaah-report-format-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const html = reportFormats.find((f) => f.name === 'html')!;

  it('offers html, docx and md', () => {
    expect(reportFormats.map((f) => f.name)).toEqual(['html', 'docx', 'md']);
  });

  it('keeps only the claims with the given --status values, in the --lang language', async () => {
    const ctx = createTestDb();
    createConclusion(ctx, { claim: 'Checked claim', status: 'verified' });
    createConclusion(ctx, { claim: 'Hunch', status: 'tentative' });
    const file = join(dir, 'r.html');
    await html.write(ctx, file, {
      positionals: ['studi.telaah'],
      values: { status: ['verified'], lang: 'id', 'no-codebook': true },
    });
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('Checked claim');
    expect(text).not.toContain('Hunch');
    expect(text).toContain('<title>Laporan temuan: studi</title>');
    expect(text).not.toContain('id="codebook"');
  });

  it('refuses an unknown status', async () => {
    const ctx = createTestDb();
    await expect(
      html.write(ctx, join(dir, 'x.html'), { positionals: [], values: { status: 'maybe' } }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
