/** Every application-menu item that the renderer acts on. */
export const MENU_ACTIONS = [
  'file.new',
  'file.open',
  'file.openRecent',
  'file.import',
  'file.export',
  'edit.undo',
  'edit.redo',
  'help.about',
] as const;

export type MenuAction = (typeof MENU_ACTIONS)[number];

/** What the renderer receives for a menu click; `path` only for Open Recent. */
export interface MenuEvent {
  action: MenuAction;
  path?: string;
}

export function isMenuEvent(value: unknown): value is MenuEvent {
  if (typeof value !== 'object' || value === null) return false;
  const { action, path } = value as { action?: unknown; path?: unknown };
  return (
    (MENU_ACTIONS as readonly unknown[]).includes(action) &&
    (path === undefined || typeof path === 'string')
  );
}
