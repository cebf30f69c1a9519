import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { settingsFile } from '../../../../core/settings/settings-file';

describe('settingsFile', () => {
  it('uses XDG_CONFIG_HOME when it is set', () => {
    expect(settingsFile({ XDG_CONFIG_HOME: '/cfg' }, '/home/a')).toBe(
      join('/cfg', 'telaah', 'settings.json'),
    );
  });

  it('falls back to ~/.config when XDG_CONFIG_HOME is empty', () => {
    expect(settingsFile({ XDG_CONFIG_HOME: '' }, '/home/a')).toBe(
      join('/home/a', '.config', 'telaah', 'settings.json'),
    );
  });
});
