import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCode } from '../../../../../core/coding/create-code';
import { listCodes } from '../../../../../core/coding/list-codes';
import { applyCodebookImport } from '../../../../../core/exchange/codebook/apply-codebook-import';
import {
  exportCodebookCsv,
  parseCodebookCsv,
} from '../../../../../core/exchange/codebook/codebook-csv';
import { planCodebookImport } from '../../../../../core/exchange/codebook/plan-codebook-import';
import { exportQdc } from '../../../../../core/exchange/refi/export-qdc';
import { readQdc } from '../../../../../core/exchange/refi/read-qdc';
import { undo } from '../../../../../core/history/undo-redo';
import { createTestDb } from '../../../../helpers/create-test-db';

const SCHEMA = join(__dirname, '../../../../../../shared/refi-qda/schemas/Codebook.xsd');
const hasXmllint = (() => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

function aCodebook() {
  const ctx = createTestDb();
  const identity = createCode(ctx, {
    name: 'identity',
    color: '#e6194b',
    definition: 'How a city describes itself.',
    inclusion: 'Self-descriptions.',
    exclusion: 'Outsiders’ views.',
    example: '“kota kami” & <kami>',
  });
  createCode(ctx, { name: 'local', parentId: identity.id });
  createCode(ctx, { name: 'norm', codable: false });
  return ctx;
}

const fields = (ctx: ReturnType<typeof createTestDb>) =>
  listCodes(ctx).map(({ name, color, definition, inclusion, exclusion, example, codable }) => ({
    name,
    color,
    definition,
    inclusion,
    exclusion,
    example,
    codable,
  }));

describe('codebook exchange', () => {
  it.skipIf(!hasXmllint || !existsSync(SCHEMA))('exports a .qdc valid against Codebook.xsd', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'telaah-qdc-')), 'c.qdc');
    writeFileSync(file, exportQdc(aCodebook()));
    expect(() =>
      execFileSync('xmllint', ['--noout', '--schema', SCHEMA, file], { stdio: 'pipe' }),
    ).not.toThrow();
  });

  it('brings definitions, criteria and examples through .qdc into an empty project', () => {
    const source = aCodebook();
    const target = createTestDb();
    const plan = applyCodebookImport(target, readQdc(exportQdc(source), 'c.qdc'));
    expect(plan.added.map((a) => a.path)).toEqual(['identity', 'identity/local', 'norm']);
    expect(fields(target)).toEqual(fields(source));
  });

  it('brings the codebook through CSV too', () => {
    const source = aCodebook();
    const target = createTestDb();
    applyCodebookImport(target, parseCodebookCsv(exportCodebookCsv(source), 'c.csv'));
    expect(fields(target)).toEqual(fields(source));
  });

  it('previews added, changed field by field, unchanged and conflicts without writing', () => {
    const ctx = aCodebook();
    const csv =
      'path,definition,color\n' +
      'identity,How a city sees itself.,\n' +
      'identity/local,,\n' +
      'identity/regional,Provinces.,#00ff00\n' +
      'norm,,\n' +
      'NORM,,\n';
    const before = fields(ctx);
    const { plan } = planCodebookImport(ctx, parseCodebookCsv(csv, 'c.csv'));
    expect(plan.added).toEqual([{ path: 'identity/regional', guid: null }]);
    expect(plan.changed).toEqual([
      expect.objectContaining({
        path: 'identity',
        matchedBy: 'path',
        changes: [
          {
            field: 'definition',
            before: 'How a city describes itself.',
            after: 'How a city sees itself.',
          },
        ],
      }),
    ]);
    expect(plan.unchanged.map((u) => u.path).sort()).toEqual(['identity/local', 'norm']);
    expect(plan.conflicts).toEqual([{ path: 'NORM', detail: 'the file lists this code twice' }]);
    expect(fields(ctx)).toEqual(before);
  });

  it('matches by GUID before name, so a renamed code is changed, not added', () => {
    const ctx = aCodebook();
    const norm = listCodes(ctx).find((c) => c.name === 'norm')!;
    const plan = applyCodebookImport(ctx, [{ guid: norm.id, path: ['norms'] }]);
    expect(plan.changed[0]).toMatchObject({
      matchedBy: 'guid',
      changes: [{ field: 'name', after: 'norms' }],
    });
    expect(listCodes(ctx).map((c) => c.name)).toContain('norms');
  });

  it('applies as one undoable step', () => {
    const ctx = aCodebook();
    const before = fields(ctx);
    applyCodebookImport(ctx, [
      { guid: null, path: ['identity'], definition: 'Changed.' },
      { guid: null, path: ['obstacle'] },
      { guid: null, path: ['obstacle', 'money'] },
    ]);
    expect(fields(ctx)).toHaveLength(5);
    undo(ctx);
    expect(fields(ctx)).toEqual(before);
  });
});
