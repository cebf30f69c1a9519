import { createHash } from 'node:crypto';
import {
  closeSync,
  mkdtempSync,
  openSync,
  readFileSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listCodes } from '../../core/coding/list-codes';
import { addDocument } from '../../core/documents/add-document';
import { listDocuments } from '../../core/documents/list-documents';
import { listBackups } from '../../core/project/backup-project';
import { createProject } from '../../core/project/create-project';
import { openProject } from '../../core/project/open-project';
import { ensureCoder } from '../../core/coding/coders';
import { aDocument, aDocumentInput } from '../helpers/builders';
import { testDeps } from '../helpers/create-test-db';

function tempFile(name = 'studi.telaah'): string {
  return join(mkdtempSync(join(tmpdir(), 'telaah-project-')), name);
}

function sha(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** A closed project with one document, so the file has several pages. */
function aProjectFile(): string {
  const file = tempFile();
  const deps = testDeps();
  const project = createProject(file, deps);
  const coder = ensureCoder(project.db, deps, 'tester');
  const ctx = { db: project.db, ...deps, coderId: coder.id };
  const long = Array.from(
    { length: 200 },
    (_, i) => `Paragraf ${i} tentang kerjasama kota kembar.`,
  );
  addDocument(ctx, aDocumentInput(aDocument(long)));
  project.db.$client.pragma('wal_checkpoint(TRUNCATE)');
  project.close();
  return file;
}

describe('createProject', () => {
  it('seeds the starter codebook and turns WAL on when a project is created', () => {
    const file = tempFile();
    const project = createProject(file, testDeps());
    expect(project.db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    const ctx = { db: project.db, ...testDeps(), coderId: '' };
    expect(listCodes(ctx).map((c) => c.name)).toEqual(['identity', 'norm', 'culture', 'obstacle']);
    expect(listCodes(ctx).every((c) => c.definition.length > 40 && c.example.length > 20)).toBe(
      true,
    );
    project.close();
  });

  it('refuses an existing file when one is already there', () => {
    const file = tempFile();
    writeFileSync(file, 'x');
    expect(() => createProject(file, testDeps())).toThrow(
      expect.objectContaining({ code: 'project_exists' }),
    );
  });
});

describe('openProject', () => {
  it('keeps data across re-opening when a project is closed and opened again', () => {
    const file = aProjectFile();
    const deps = testDeps();
    const project = openProject(file, deps);
    const docs = listDocuments({ db: project.db, ...deps, coderId: '' });
    expect(docs).toHaveLength(1);
    project.close();
  });

  it('throws project_not_found when the file is missing', () => {
    expect(() => openProject(tempFile(), testDeps())).toThrow(
      expect.objectContaining({ code: 'project_not_found' }),
    );
  });

  it('throws project_not_telaah when the file is not SQLite or another SQLite file', () => {
    const text = tempFile('notes.telaah');
    writeFileSync(text, 'Catatan lapangan, bukan basis data.\n'.repeat(200));
    expect(() => openProject(text, testDeps())).toThrow(
      expect.objectContaining({ code: 'project_not_telaah' }),
    );
    const other = tempFile('other.telaah');
    const db = new Database(other);
    db.exec('create table t (x)');
    db.close();
    const before = sha(other);
    expect(() => openProject(other, testDeps())).toThrow(
      expect.objectContaining({ code: 'project_not_telaah' }),
    );
    expect(sha(other)).toBe(before);
  });

  it('throws project_corrupt naming the backups folder when a page in the middle is overwritten', () => {
    const file = aProjectFile();
    const size = statSync(file).size;
    const fd = openSync(file, 'r+');
    const page = 4096 * Math.floor(size / 4096 / 2);
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, page);
    closeSync(fd);
    expect(() => openProject(file, testDeps())).toThrow(/damaged.*\.telaah-backups/u);
    expect(() => openProject(file, testDeps())).toThrow(
      expect.objectContaining({ code: 'project_corrupt' }),
    );
  });

  it('throws project_too_new and leaves the bytes unchanged when the file has an unknown migration', () => {
    const file = aProjectFile();
    const db = new Database(file);
    db.prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)').run(
      'f'.repeat(64),
      9e12,
    );
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
    db.close();
    const before = sha(file);
    expect(() => openProject(file, testDeps())).toThrow(
      expect.objectContaining({ code: 'project_too_new' }),
    );
    expect(sha(file)).toBe(before);
    expect(listBackups(file)).toHaveLength(0);
  });

  it('keeps only the newest five backups when a project is opened many times', () => {
    const file = aProjectFile();
    const deps = testDeps();
    for (let i = 0; i < 7; i++) openProject(file, deps).close();
    const backups = listBackups(file);
    expect(backups).toHaveLength(5);
    expect(backups[4]).toMatch(/studi\.2026-01-01T00-00-06\.000Z\.telaah$/u);
    const copy = new Database(backups[4] ?? '', { readonly: true });
    expect(copy.prepare('select count(*) as n from documents').get()).toEqual({ n: 1 });
    copy.close();
  });
});
