import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ctx } from '../../../../core/context';
import { mergeProjects } from '../../../../core/merge/merge-projects';
import { defaultMigrationsFolder } from '../../../../db/default-migrations-folder';
import { openDatabase, type Db } from '../../../../db/open-database';
import { testDeps } from '../../../helpers/create-test-db';

const TEXT = 'Warga menjaga norma gotong royong. Identitas kota tumbuh dari festival.';

/** A project with one paper, one code, one segment coded by the lead, a memo and a value. */
function fillBase(db: Db): void {
  db.$client.exec(`
    insert into coders values ('lead', 'Lead', '#111111', 'reviewer', 0);
    insert into documents (id, title, kind, original_name, sha256, imported_at, doc_json, text)
      values ('doc', 'Kota', 'txt', 'kota.txt', 'sha-kota', 0, '{"type":"doc"}', '${TEXT}');
    insert into codes (id, name, color, created_at, updated_at) values ('norm', 'norm', '#336699', 0, 0);
    insert into segments values ('seg', 'doc', 20, 33, 'gotong royong', '', '', 'lead', 0, 0);
    insert into codings (id, segment_id, code_id, document_id, coder_id, created_at)
      values ('coding', 'seg', 'norm', 'doc', 'lead', 0);
    insert into memos (id, title, body_json, body_text, target_type, author_id, created_at, updated_at)
      values ('memo', 'Tema', '{"type":"doc"}', 'awal', 'project', 'lead', 0, 0);
    insert into variables values ('region', 'region', 'text', 'document', 0);
    insert into document_values values ('doc', 'region', 'Jawa');
  `);
}

describe('mergeProjects', () => {
  let dir: string;
  let ours: Db;
  let ctx: Ctx;
  const options = (dryRun: boolean) => ({
    projectFile: join(dir, 'ours.telaah'),
    migrationsFolder: defaultMigrationsFolder,
    dryRun,
  });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'telaah-merge-unit-'));
    const open = (name: string) =>
      openDatabase({ file: join(dir, name), migrationsFolder: defaultMigrationsFolder });
    const base = open('base.telaah');
    fillBase(base);
    base.$client.close();
    copyFileSync(join(dir, 'base.telaah'), join(dir, 'theirs.telaah'));
    copyFileSync(join(dir, 'base.telaah'), join(dir, 'ours.telaah'));
    const theirs = open('theirs.telaah');
    theirs.$client.exec(`
      insert into coders values ('ayu', 'Ayu', '#aa0000', 'coder', 1);
      update memos set body_text = 'versi Ayu', body_json = '{"type":"doc","v":"ayu"}' where id = 'memo';
      update document_values set value = 'Sulawesi';
      update codings set review_state = 'accepted', reviewed_by = 'lead', reviewed_at = 5000;
      insert into segments values ('seg-ayu', 'doc', 35, 44, 'Identitas', '', '', 'ayu', 1, 1);
      insert into codings (id, segment_id, code_id, document_id, coder_id, created_at)
        values ('coding-ayu', 'seg-ayu', 'norm', 'doc', 'ayu', 1);
      insert into comments values ('c1', 'coding', 'coding-ayu', null, 'Yakin?', 'lead', 2, 2);
      insert into comments values ('c2', 'coding', 'coding-ayu', 'c1', 'Ya.', 'ayu', 3, 3);
      insert into conclusions (id, claim, author_id, created_at, updated_at)
        values ('claim', 'Festival membentuk identitas', 'ayu', 4, 4);
      insert into conclusion_evidence values ('claim', 'seg-ayu', 'supporting', '', 'ayu', 4);
      insert into conclusion_tactics values ('claim', 'triangulating', 1, '', 4);
    `);
    theirs.$client.close();
    ours = open('ours.telaah');
    ours.$client.exec(`
      update memos set body_text = 'versi kita', body_json = '{"type":"doc","v":"kita"}' where id = 'memo';
      update document_values set value = 'Bali';
    `);
    ctx = { db: ours, ...testDeps(), coderId: 'lead' };
  });
  afterEach(() => {
    ours.$client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists a memo and a value edited on both sides, and writes nothing in a dry run', () => {
    const report = mergeProjects(ctx, { files: [join(dir, 'theirs.telaah')] }, options(true));
    expect(report.conflicts.map((c) => [c.entity, c.ours, c.theirs])).toEqual([
      ['document_value', { value: 'Bali' }, { value: 'Sulawesi' }],
      ['memo', { bodyText: 'versi kita' }, { bodyText: 'versi Ayu' }],
    ]);
    expect(report.added).toMatchObject({ coder: 1, segment: 1, coding: 1, comment: 2 });
    expect(ours.$client.prepare('select count(*) as n from segments').get()).toEqual({ n: 1 });
    expect(ours.$client.prepare('select count(*) as n from events').get()).toEqual({ n: 0 });
  });

  it('takes their side where chosen and carries conclusions, evidence and comment threads', () => {
    const preview = mergeProjects(ctx, { files: [join(dir, 'theirs.telaah')] }, options(true));
    const memoKey = preview.conflicts.find((c) => c.entity === 'memo')!.key;
    const report = mergeProjects(
      ctx,
      { files: [join(dir, 'theirs.telaah')], choices: { [memoKey]: 'theirs' } },
      options(false),
    );
    expect(report.added).toMatchObject({
      conclusion: 1,
      conclusion_evidence: 1,
      conclusion_tactic: 1,
      comment: 2,
    });
    const get = (sql: string) => ours.$client.prepare(sql).get();
    expect(get("select body_text as t from memos where id = 'memo'")).toEqual({ t: 'versi Ayu' });
    expect(get('select value from document_values')).toEqual({ value: 'Bali' });
    expect(get("select parent_id as p from comments where id = 'c2'")).toEqual({ p: 'c1' });
  });

  it('takes the later review decision on a coding both sides hold', () => {
    const report = mergeProjects(ctx, { files: [join(dir, 'theirs.telaah')] }, options(false));
    expect(report.updated.coding).toBe(1);
    const row = ours.$client
      .prepare("select review_state as s, reviewed_at as at from codings where id = 'coding'")
      .get();
    expect(row).toEqual({ s: 'accepted', at: 5000 });
  });

  it('records every row it adds as an event of one change', () => {
    const report = mergeProjects(ctx, { files: [join(dir, 'theirs.telaah')] }, options(false));
    const rows = ours.$client
      .prepare('select count(*) as n, count(distinct group_id) as g from events')
      .get() as { n: number; g: number };
    const added = Object.values(report.added).reduce((a, b) => a + b, 0);
    const updated = Object.values(report.updated).reduce((a, b) => a + b, 0);
    expect(rows).toEqual({ n: added + updated, g: 1 });
  });
});
