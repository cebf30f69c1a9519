import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type Database from 'better-sqlite3';

/** How many backups of one project are kept. */
export const BACKUPS_KEPT = 5;

/** The folder next to a project file that holds its rotating backups. */
export function backupsFolder(file: string): string {
  return join(dirname(file), '.telaah-backups');
}

/**
 * Copies the open database into `.telaah-backups/<name>.<ISO time>.telaah` with `VACUUM INTO`
 * (a consistent snapshot even in WAL mode) and deletes all but the newest BACKUPS_KEPT.
 * Returns the backup's path.
 */
export function backupProject(sqlite: Database.Database, file: string, now: number): string {
  const folder = backupsFolder(file);
  mkdirSync(folder, { recursive: true });
  const name = projectName(file);
  // Colons are not allowed in Windows file names.
  const stamp = new Date(now).toISOString().replaceAll(':', '-');
  const target = join(folder, `${name}.${stamp}.telaah`);
  if (!existsSync(target)) sqlite.prepare('VACUUM INTO ?').run(target);
  pruneBackups(folder, name);
  return target;
}

/** Backups of one project, oldest first (ISO stamps sort as text). */
export function listBackups(file: string): string[] {
  const folder = backupsFolder(file);
  if (!existsSync(folder)) return [];
  const pattern = backupPattern(projectName(file));
  return readdirSync(folder)
    .filter((entry) => pattern.test(entry))
    .sort()
    .map((entry) => join(folder, entry));
}

function pruneBackups(folder: string, name: string): void {
  const pattern = backupPattern(name);
  const ours = readdirSync(folder)
    .filter((entry) => pattern.test(entry))
    .sort();
  for (const old of ours.slice(0, Math.max(0, ours.length - BACKUPS_KEPT))) {
    rmSync(join(folder, old), { force: true });
  }
}

function projectName(file: string): string {
  return basename(file).replace(/\.telaah$/u, '');
}

function backupPattern(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(
    `^${escaped}\\.\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}\\.\\d{3}Z\\.telaah$`,
    'u',
  );
}
