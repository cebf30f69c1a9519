import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonRows, runTelaah } from '../helpers/run-telaah';

describe('telaah export and import of REFI-QDA and codebook files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'telaah-exchange-cli-'));
    writeFileSync(
      join(dir, 'catatan.txt'),
      'Catatan lapangan\n\nWarga menjaga identitas kota bersama.\n',
    );
    expect(runTelaah(['new', 'a.telaah'], { cwd: dir }).status).toBe(0);
    expect(runTelaah(['import', 'a.telaah', 'catatan.txt'], { cwd: dir }).status).toBe(0);
    const coded = runTelaah(
      ['code', 'a.telaah', 'Catatan lapangan', '--code', 'identity', '--quote', 'identitas kota'],
      { cwd: dir },
    );
    expect(coded.status).toBe(0);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes every codebook format and the project', () => {
    for (const [format, file, marker] of [
      ['qdc', 'c.qdc', '<CodeBook'],
      ['codebook-csv', 'c.csv', 'path,name'],
      ['codebook-md', 'c.md', '# Codebook'],
      ['codebook-html', 'c.html', '<!doctype html>'],
      ['codebook-docx', 'c.docx', 'PK'],
      ['qdpx', 'a.qdpx', 'PK'],
    ] as const) {
      const run = runTelaah(['export', 'a.telaah', '--format', format, '--out', file], {
        cwd: dir,
      });
      expect(run.status, run.stderr).toBe(0);
      expect(readFileSync(join(dir, file), 'utf8')).toContain(marker);
    }
  });

  it('imports the .qdpx into a new project with its codings', () => {
    expect(runTelaah(['new', 'b.telaah'], { cwd: dir }).status).toBe(0);
    const run = runTelaah(['import', 'b.telaah', 'a.qdpx', '--json'], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    expect(jsonRows(run)[0]).toMatchObject({
      kind: 'project',
      counts: { documents: 1, codings: 1 },
    });
    const segments = jsonRows(runTelaah(['segments', 'b.telaah', '--json'], { cwd: dir }));
    expect(segments.map((s) => s.quote)).toEqual(['identitas kota']);
  });

  it('imports a codebook CSV and lists what it did', () => {
    writeFileSync(join(dir, 'extra.csv'), 'path,definition\nobstacle/funding,Money missing.\n');
    const run = runTelaah(['import', 'a.telaah', 'extra.csv', '--json'], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    expect(
      jsonRows(run)
        .filter((r) => r.status === 'added')
        .map((r) => r.path),
    ).toEqual(['obstacle/funding']);
  });

  it('exits 1 with a message for an unsafe archive', () => {
    writeFileSync(join(dir, 'bad.qdpx'), 'not a zip');
    const run = runTelaah(['import', 'a.telaah', 'bad.qdpx'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/bad\.qdpx/u);
  });
});
