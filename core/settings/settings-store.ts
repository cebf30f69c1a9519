import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';

/** How many recent projects are kept. */
export const MAX_RECENT = 10;

/** A project opened before, as the start screen lists it. */
export interface RecentProject {
  file: string;
  name: string;
  openedAt: number;
  /** False when the file has been moved or deleted since. */
  exists: boolean;
}

/** What the settings file holds. */
export interface Settings {
  recent: { file: string; openedAt: number }[];
}

/** Settings kept in one small JSON file. */
export interface SettingsStore {
  /**
   * Recent projects, most recent first. A file that no longer exists is listed once with
   * `exists: false` and dropped from the stored list.
   */
  recentProjects(): RecentProject[];
  /** Puts a project at the top of the recent list. */
  addRecent(file: string, openedAt: number): void;
}

/** A settings store over `file`, written atomically (temp file, then rename). */
export function createSettingsStore(file: string): SettingsStore {
  const write = (settings: Settings): void => {
    mkdirSync(dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, `${JSON.stringify(settings, null, 2)}\n`);
    renameSync(temp, file);
  };
  return {
    recentProjects() {
      const settings = readSettings(file);
      const listed = settings.recent.map((r) => ({
        ...r,
        name: basename(r.file),
        exists: existsSync(r.file),
      }));
      // A missing file is shown once, flagged, then forgotten.
      const kept = settings.recent.filter((_, i) => listed[i]?.exists === true);
      if (kept.length !== settings.recent.length) write({ ...settings, recent: kept });
      return listed;
    },
    addRecent(projectFile, openedAt) {
      const settings = readSettings(file);
      const rest = settings.recent.filter((r) => r.file !== projectFile);
      write({
        ...settings,
        recent: [{ file: projectFile, openedAt }, ...rest].slice(0, MAX_RECENT),
      });
    },
  };
}

/** The stored settings; a missing or damaged file reads as empty settings. */
export function readSettings(file: string): Settings {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { recent: [] };
  }
  const list = (raw as { recent?: unknown } | null)?.recent;
  if (!Array.isArray(list)) return { recent: [] };
  const recent = list.filter(
    (r): r is { file: string; openedAt: number } =>
      typeof r === 'object' &&
      r !== null &&
      typeof (r as { file?: unknown }).file === 'string' &&
      typeof (r as { openedAt?: unknown }).openedAt === 'number',
  );
  return { recent: recent.map((r) => ({ file: r.file, openedAt: r.openedAt })) };
}
