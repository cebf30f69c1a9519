import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultMigrationsFolder } from '../../../db/default-migrations-folder';
import { openDatabase, TELAAH_APPLICATION_ID } from '../../../db/open-database';

describe('openDatabase', () => {
  it('sets WAL, foreign keys and the application id when a new file is opened', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'telaah-db-')), 'p.telaah');
    const db = openDatabase({ file, migrationsFolder: defaultMigrationsFolder });
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.$client.pragma('application_id', { simple: true })).toBe(TELAAH_APPLICATION_ID);
    db.$client.close();
  });

  it('applies migrations only once when opened twice', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'telaah-db-')), 'p.telaah');
    openDatabase({ file, migrationsFolder: defaultMigrationsFolder }).$client.close();
    const db = openDatabase({ file, migrationsFolder: defaultMigrationsFolder });
    const n = db.$client.prepare('select count(*) as n from __drizzle_migrations').get() as {
      n: number;
    };
    const journal = JSON.parse(
      readFileSync(join(defaultMigrationsFolder, 'meta', '_journal.json'), 'utf8'),
    ) as { entries: unknown[] };
    expect(n.n).toBe(journal.entries.length);
    db.$client.close();
  });

  it('enforces start < end on segments when a row breaks it', () => {
    const db = openDatabase({ file: ':memory:', migrationsFolder: defaultMigrationsFolder });
    db.$client.exec(
      "insert into coders (id, name, color, created_at) values ('c', 'c', '#000000', 0)",
    );
    db.$client.exec(
      "insert into documents (id, title, kind, original_name, sha256, imported_at, doc_json, text) values ('d', 't', 'txt', 'o', 's', 0, '{}', 'abc')",
    );
    expect(() =>
      db.$client.exec("insert into segments values ('s', 'd', 2, 2, '', '', '', 'c', 0, 0)"),
    ).toThrow(/CHECK/u);
  });
});
