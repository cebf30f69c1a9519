import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSettingsStore, readSettings } from '../../../../core/settings/settings-store';

describe('createSettingsStore', () => {
  let dir: string;
  let file: string;
  const project = (name: string): string => {
    const path = join(dir, name);
    writeFileSync(path, '');
    return path;
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'telaah-settings-'));
    file = join(dir, 'config', 'telaah', 'settings.json');
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the most recently opened project first without duplicates', () => {
    const store = createSettingsStore(file);
    const [a, b] = [project('a.telaah'), project('b.telaah')];
    store.addRecent(a, 1);
    store.addRecent(b, 2);
    store.addRecent(a, 3);
    expect(store.recentProjects()).toEqual([
      { file: a, name: 'a.telaah', openedAt: 3, exists: true },
      { file: b, name: 'b.telaah', openedAt: 2, exists: true },
    ]);
  });

  it('keeps ten projects when more are opened', () => {
    const store = createSettingsStore(file);
    for (let i = 0; i < 12; i++) store.addRecent(project(`${i}.telaah`), i);
    const names = store.recentProjects().map((r) => r.name);
    expect(names).toHaveLength(10);
    expect(names[0]).toBe('11.telaah');
  });

  it('flags a missing project once and then forgets it', () => {
    const store = createSettingsStore(file);
    store.addRecent(join(dir, 'gone.telaah'), 1);
    expect(store.recentProjects()).toMatchObject([{ name: 'gone.telaah', exists: false }]);
    expect(store.recentProjects()).toEqual([]);
  });

  it('leaves no temporary file behind when it writes', () => {
    createSettingsStore(file).addRecent(project('a.telaah'), 1);
    expect(readdirSync(join(dir, 'config', 'telaah'))).toEqual(['settings.json']);
  });
});

describe('readSettings', () => {
  it('reads a damaged or foreign file as empty settings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'telaah-settings-'));
    const file = join(dir, 'settings.json');
    writeFileSync(file, '{"recent": [null, 3, {"file": "/a", "openedAt": 1}]}');
    expect(readSettings(file)).toEqual({ recent: [{ file: '/a', openedAt: 1 }] });
    writeFileSync(file, '{');
    expect(readSettings(file)).toEqual({ recent: [] });
    expect(readSettings(join(dir, 'missing.json'))).toEqual({ recent: [] });
    rmSync(dir, { recursive: true, force: true });
  });
});
