import type { MenuEvent } from './menu-actions';
import type { MenuLabels } from './shell-messages';

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
  /** The labels in the app's current language; the menu is rebuilt when it changes. */
  labels: MenuLabels;
  recent: readonly string[];
  isMac: boolean;
  isDev: boolean;
  clearRecent: () => void;
}

const separator: MenuItemSpec = { type: 'separator' };

/**
 * The application menu. App actions go to the renderer as events, which decides what they mean
 * (e.g. Undo in the editor or of the last coding); clipboard and window items stay native roles,
 * labelled from the catalogue so they follow the app's language rather than the OS's.
 */
export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemSpec[] {
  const { send, labels } = options;
  const action = (label: string, event: MenuEvent, accelerator?: string): MenuItemSpec => ({
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => {
      send(event);
    },
  });

  const recentItems: MenuItemSpec[] =
    options.recent.length === 0
      ? [{ label: labels.noRecent, enabled: false }]
      : [
          ...options.recent.map((path) => action(path, { action: 'file.openRecent', path })),
          separator,
          { label: labels.clearRecent, click: options.clearRecent },
        ];

  const file: MenuItemSpec = {
    label: labels.file,
    submenu: [
      action(labels.newProject, { action: 'file.new' }, 'CmdOrCtrl+N'),
      action(labels.openProject, { action: 'file.open' }, 'CmdOrCtrl+O'),
      { label: labels.openRecent, submenu: recentItems },
      separator,
      action(labels.importPapers, { action: 'file.import' }, 'CmdOrCtrl+I'),
      action(labels.export, { action: 'file.export' }, 'CmdOrCtrl+E'),
      ...(options.isMac
        ? []
        : [separator, { role: 'quit', label: labels.quit } satisfies MenuItemSpec]),
    ],
  };

  const edit: MenuItemSpec = {
    label: labels.edit,
    submenu: [
      action(labels.undo, { action: 'edit.undo' }, 'CmdOrCtrl+Z'),
      action(labels.redo, { action: 'edit.redo' }, options.isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
      separator,
      { role: 'cut', label: labels.cut },
      { role: 'copy', label: labels.copy },
      { role: 'paste', label: labels.paste },
      { role: 'selectAll', label: labels.selectAll },
    ],
  };

  const devItems: MenuItemSpec[] = [
    { role: 'reload', label: labels.reload },
    { role: 'toggleDevTools', label: labels.toggleDevTools },
    separator,
  ];
  const view: MenuItemSpec = {
    label: labels.view,
    submenu: [
      ...(options.isDev ? devItems : []),
      { role: 'resetZoom', label: labels.resetZoom },
      { role: 'zoomIn', label: labels.zoomIn },
      { role: 'zoomOut', label: labels.zoomOut },
      separator,
      { role: 'togglefullscreen', label: labels.toggleFullScreen },
    ],
  };

  const help: MenuItemSpec = {
    label: labels.help,
    submenu: [action(labels.about, { action: 'help.about' })],
  };

  return [
    ...(options.isMac ? [{ role: 'appMenu' } satisfies MenuItemSpec] : []),
    file,
    edit,
    view,
    ...(options.isMac ? [{ role: 'windowMenu', label: labels.window } satisfies MenuItemSpec] : []),
    help,
  ];
}
