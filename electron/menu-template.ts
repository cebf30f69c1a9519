import type { MenuEvent } from './menu-actions';

type MenuRole =
  | 'appMenu'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'quit'
  | 'reload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'windowMenu';

/** A menu item in the shape `Menu.buildFromTemplate` takes, without importing Electron. */
export interface MenuItemSpec {
  label?: string;
  role?: MenuRole;
  type?: 'separator' | 'submenu';
  accelerator?: string;
  enabled?: boolean;
  click?: () => void;
  submenu?: MenuItemSpec[];
}

export interface MenuTemplateOptions {
  /** Delivers a menu click to the renderer. */
  send: (event: MenuEvent) => void;
  recent: readonly string[];
  isMac: boolean;
  isDev: boolean;
  clearRecent: () => void;
}

const separator: MenuItemSpec = { type: 'separator' };

/**
 * The application menu. App actions go to the renderer as events, which decides what they mean
 * (e.g. Undo in the editor or of the last coding); clipboard and window items stay native roles.
 */
export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemSpec[] {
  const { send } = options;
  const action = (label: string, event: MenuEvent, accelerator?: string): MenuItemSpec => ({
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => {
      send(event);
    },
  });

  const recentItems: MenuItemSpec[] =
    options.recent.length === 0
      ? [{ label: 'No recent projects', enabled: false }]
      : [
          ...options.recent.map((path) => action(path, { action: 'file.openRecent', path })),
          separator,
          { label: 'Clear Recent', click: options.clearRecent },
        ];

  const file: MenuItemSpec = {
    label: 'File',
    submenu: [
      action('New Project…', { action: 'file.new' }, 'CmdOrCtrl+N'),
      action('Open Project…', { action: 'file.open' }, 'CmdOrCtrl+O'),
      { label: 'Open Recent', submenu: recentItems },
      separator,
      action('Import Papers…', { action: 'file.import' }, 'CmdOrCtrl+I'),
      action('Export…', { action: 'file.export' }, 'CmdOrCtrl+E'),
      ...(options.isMac ? [] : [separator, { role: 'quit' } satisfies MenuItemSpec]),
    ],
  };

  const edit: MenuItemSpec = {
    label: 'Edit',
    submenu: [
      action('Undo', { action: 'edit.undo' }, 'CmdOrCtrl+Z'),
      action('Redo', { action: 'edit.redo' }, options.isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const devItems: MenuItemSpec[] = [{ role: 'reload' }, { role: 'toggleDevTools' }, separator];
  const view: MenuItemSpec = {
    label: 'View',
    submenu: [
      ...(options.isDev ? devItems : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemSpec = {
    label: 'Help',
    submenu: [action('About Telaah', { action: 'help.about' })],
  };

  return [
    ...(options.isMac ? [{ role: 'appMenu' } satisfies MenuItemSpec] : []),
    file,
    edit,
    view,
    ...(options.isMac ? [{ role: 'windowMenu' } satisfies MenuItemSpec] : []),
    help,
  ];
}
