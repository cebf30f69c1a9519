import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where Telaah keeps its settings: `$XDG_CONFIG_HOME/telaah/settings.json`, else
 * `~/.config/telaah/settings.json`.
 */
export function settingsFile(env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
  const base = env.XDG_CONFIG_HOME?.trim() ? env.XDG_CONFIG_HOME : join(home, '.config');
  return join(base, 'telaah', 'settings.json');
}
