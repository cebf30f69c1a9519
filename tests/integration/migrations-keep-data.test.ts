import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSegments } from '../../core/coding/list-segments';
import { codeRange } from '../../core/coding/code-range';
import { listBackups } from '../../core/project/backup-project';
import { openProject } from '../../core/project/open-project';
import { defaultMigrationsFolder } from '../../db/default-migrations-folder';
import { openDatabase } from '../../db/open-database';
import { testDeps } from '../helpers/create-test-db';

interface Journal {
  entries: { tag: string }[];
}

/** A copy of the migrations folder that stops after the first `count` migrations. */
function olderMigrations(count: number): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'telaah-old-migrations-')), 'migrations');
  cpSync(defaultMigrationsFolder, folder, { recursive: true });
  const journalFile = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as Journal;
  writeFileSync(
    journalFile,
    JSON.stringify({ ...journal, entries: journal.entries.slice(0, count) }),
  );
  return folder;
}

const TEXT = 'Kerja sama kota kembar.\n\nIdentitas kota dibangun bersama.';

/** A project as version 0.1 (migrations 0000 and 0001) wrote it, filled through plain SQL. */
function makeOldProject(file: string): void {
  const db = openDatabase({ file, migrationsFolder: olderMigrations(2) });
  const sql = db.$client;
  sql.exec(`
    insert into coders (id, name, color, created_at) values ('c1', 'Ayu', '#d9480f', 1);
    insert into documents (id, title, kind, original_name, sha256, imported_at, text, doc_json)
      values ('d1', 'Kota kembar', 'txt', 'kota.txt', 'abc', 2, '${TEXT}', '{"type":"doc"}');
    insert into codes (id, name, color, created_at, updated_at) values ('k1', 'identity', '#4363d8', 3, 3);
    insert into segments (id, document_id, start, end, quote, prefix, suffix, coder_id, created_at, updated_at)
      values ('s1', 'd1', 25, 34, 'Identitas', '', ' kota', 'c1', 4, 4);
    insert into codings (id, segment_id, code_id, document_id, coder_id, created_at)
      values ('g1', 's1', 'k1', 'd1', 'c1', 4);
    insert into memos (id, title, body_json, body_text, target_type, author_id, created_at, updated_at)
      values ('m1', 'Catatan', '{"type":"doc"}', 'isi memo', 'project', 'c1', 5, 5);
  `);
  expect(() => sql.prepare('select review_state from codings').all()).toThrow();
  sql.close();
}

describe('opening a project written by an older version', () => {
  it('backs it up, migrates it and keeps every row', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'telaah-migrate-')), 'old.telaah');
    makeOldProject(file);
    const deps = { ...testDeps(), migrationsFolder: defaultMigrationsFolder };

    const project = openProject(file, deps);
    try {
      expect(listBackups(file)).toHaveLength(1);
      const sql = project.db.$client;
      expect(sql.prepare('select id, name, role from coders').all()).toEqual([
        { id: 'c1', name: 'Ayu', role: 'coder' },
      ]);
      expect(
        sql.prepare('select id, code_id, review_state, reviewed_by from codings').all(),
      ).toEqual([{ id: 'g1', code_id: 'k1', review_state: 'proposed', reviewed_by: null }]);
      expect(sql.prepare('select body_text from memos').all()).toEqual([{ body_text: 'isi memo' }]);
      expect(sql.prepare('select text from documents').get()).toEqual({ text: TEXT });

      const ctx = { db: project.db, ...deps, coderId: 'c1' };
      expect(listSegments(ctx, { documentId: 'd1' }).map((s) => s.quote)).toEqual(['Identitas']);
      // The migrated project takes new work in the new schema.
      const coded = codeRange(ctx, { documentId: 'd1', start: 0, end: 10, codeIds: ['k1'] });
      expect(coded.quote).toBe('Kerja sama');
    } finally {
      project.close();
    }
    // Opening again applies nothing more and changes nothing.
    const again = openProject(file, { ...testDeps(), migrationsFolder: defaultMigrationsFolder });
    try {
      expect(again.db.$client.prepare('select count(*) as n from codings').get()).toEqual({ n: 2 });
    } finally {
      again.close();
    }
  });
});
