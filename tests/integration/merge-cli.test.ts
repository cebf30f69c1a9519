import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonRows, runTelaah } from '../helpers/run-telaah';

describe('telaah merge', () => {
  let dir: string;
  const sha = (name: string) =>
    createHash('sha256')
      .update(readFileSync(join(dir, name)))
      .digest('hex');

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'telaah-merge-cli-'));
    writeFileSync(
      join(dir, 'kota.md'),
      '# Kota\n\nWarga menjaga norma gotong royong.\n\nIdentitas kota tumbuh dari festival.\n',
    );
    const cwd = { cwd: dir };
    expect(runTelaah(['new', 'lead.telaah'], cwd).status).toBe(0);
    expect(runTelaah(['import', 'lead.telaah', 'kota.md'], cwd).status).toBe(0);
    copyFileSync(join(dir, 'lead.telaah'), join(dir, 'ayu.telaah'));
    copyFileSync(join(dir, 'lead.telaah'), join(dir, 'budi.telaah'));
    const code = (file: string, coder: string, codeName: string, quote: string) =>
      runTelaah(
        ['code', file, 'Kota', '--code', codeName, '--quote', quote, '--coder', coder],
        cwd,
      );
    expect(code('ayu.telaah', 'Ayu', 'norm', 'norma gotong royong').status).toBe(0);
    expect(code('budi.telaah', 'Budi', 'norm', 'norma gotong royong').status).toBe(0);
    expect(code('budi.telaah', 'Budi', 'identity', 'Identitas kota').status).toBe(0);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('previews with --dry-run without writing to any file', () => {
    const before = sha('lead.telaah');
    const run = runTelaah(
      ['merge', 'lead.telaah', 'ayu.telaah', 'budi.telaah', '--dry-run', '--json'],
      { cwd: dir },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const rows = jsonRows(run);
    expect(rows).toContainEqual(expect.objectContaining({ id: 'added:segment', count: 3 }));
    expect(rows).toContainEqual(expect.objectContaining({ id: 'added:coding', count: 3 }));
    expect(rows.every((r) => typeof r.id === 'string')).toBe(true);
    expect(sha('lead.telaah')).toBe(before);
  });

  it('merges both coders’ codings and adds nothing the second time', () => {
    const first = runTelaah(['merge', 'lead.telaah', 'ayu.telaah', 'budi.telaah'], { cwd: dir });
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('3 segment');
    const segments = jsonRows(runTelaah(['segments', 'lead.telaah', '--json'], { cwd: dir }));
    expect(segments).toHaveLength(3);
    const again = runTelaah(['merge', 'lead.telaah', 'ayu.telaah', 'budi.telaah', '--json'], {
      cwd: dir,
    });
    expect(again.status).toBe(0);
    expect(jsonRows(again).filter((r) => r.type === 'added')).toEqual([]);
  });

  it('exits 1 with a message for a bad --prefer or the project itself', () => {
    const bad = runTelaah(['merge', 'lead.telaah', 'ayu.telaah', '--prefer', 'mine'], { cwd: dir });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--prefer');
    const self = runTelaah(['merge', 'lead.telaah', 'lead.telaah'], { cwd: dir });
    expect(self.status).toBe(1);
    expect(self.stderr).toContain('cannot be merged into itself');
  });
});
