import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonRows, runTelaah } from '../helpers/run-telaah';

const FIELD_NOTES = [
  'Catatan lapangan tentang kerja sama kota kembar',
  '',
  'Pemerintah kota membangun identitas bersama melalui festival budaya tahunan.',
  '',
  'Hambatan utama adalah anggaran yang terbatas dan birokrasi yang lambat. Anggaran menjadi isu.',
].join('\n');

const MARKDOWN = [
  '# Interview summary',
  '',
  'The mayor spoke of **shared norms** and trust.',
  '',
].join('\n');

describe('telaah CLI', () => {
  let dir: string;
  const project = 'study.telaah';
  const cli = (...args: string[]) => runTelaah(args, { cwd: dir });

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'telaah-cli-'));
    writeFileSync(join(dir, 'field-notes.txt'), FIELD_NOTES);
    writeFileSync(join(dir, 'interview.md'), MARKDOWN);
    writeFileSync(join(dir, 'empty.pdf'), '');
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates a project with the starter codebook', () => {
    expect(cli('new', project).status).toBe(0);
    const codes = jsonRows(cli('codes', project, '--json'));
    expect(codes.map((c) => c.name)).toEqual(['identity', 'norm', 'culture', 'obstacle']);
    expect(codes.every((c) => typeof c.id === 'string')).toBe(true);
  });

  it('refuses to create a project over an existing file', () => {
    const run = cli('new', project);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('already exists');
  });

  it('imports several files with one result line each', () => {
    const run = cli('import', project, 'field-notes.txt', 'interview.md');
    expect(run.status).toBe(0);
    expect(run.stdout.match(/^ok /gmu)).toHaveLength(2);
    expect(run.stderr).toContain('[2/2]');
    expect(jsonRows(cli('docs', project, '--json'))).toHaveLength(2);
  });

  it('reports a bad file with a specific message and changes nothing', () => {
    const run = cli('import', project, 'empty.pdf');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('empty.pdf');
    expect(run.stdout).toContain('empty');
    expect(jsonRows(cli('docs', project, '--json'))).toHaveLength(2);
  });

  it('speaks Bahasa Indonesia with --lang id', () => {
    const run = cli('import', project, 'empty.pdf', '--lang', 'id');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('kosong');
  });

  it('prints the canonical text of a document named by its title', () => {
    const run = cli('text', project, 'Interview summary');
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(
      'Interview summary\n\nThe mayor spoke of shared norms and trust.',
    );
  });

  it('codes a quote and lists the segment with its code', () => {
    const coded = cli(
      'code',
      project,
      'Catatan lapangan',
      '--code',
      'identity',
      '--quote',
      'identitas bersama',
    );
    expect(coded.status, coded.stderr).toBe(0);
    const segments = jsonRows(cli('segments', project, '--code', 'identity', '--json'));
    expect(segments).toHaveLength(1);
    expect(segments[0]?.quote).toBe('identitas bersama');
  });

  it('refuses a quote that occurs more than once', () => {
    const run = cli(
      'code',
      project,
      'Catatan lapangan',
      '--code',
      'obstacle',
      '--quote',
      'nggaran',
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('2 times');
  });

  it('finds text case-insensitively and codes a hit by its offsets', () => {
    const hits = jsonRows(cli('search', project, 'HAMBATAN', '--json'));
    expect(hits).toHaveLength(1);
    const hit = hits[0] as { documentId: string; start: number; end: number };
    const coded = cli(
      'code',
      project,
      hit.documentId,
      '--code',
      'obstacle',
      '--start',
      String(hit.start),
      '--end',
      String(hit.end),
    );
    expect(coded.status, coded.stderr).toBe(0);
    expect(coded.stdout).toContain('Hambatan');
  });

  it('exports one CSV row per coding', () => {
    expect(cli('export', project, '--format', 'csv', '--out', 'codings.csv').status).toBe(0);
    const csv = readFileSync(join(dir, 'codings.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'document,document_id,page,code,code_id,coder,quote,start,end,segment_id',
    );
    expect(lines).toHaveLength(3);
    expect(lines.some((l) => l.includes(',identity,') && l.includes(',tester,'))).toBe(true);
  });

  it('exits 1 with usage on an unknown command', () => {
    const run = cli('frobnicate');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Usage');
  });
});
