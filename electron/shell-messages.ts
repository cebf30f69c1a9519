import type { ShellLanguage } from './shell-contract';

/** Every label of the application menu, including the native role items Electron would name. */
export interface MenuLabels {
  file: string;
  newProject: string;
  openProject: string;
  openRecent: string;
  noRecent: string;
  clearRecent: string;
  importPapers: string;
  export: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  reload: string;
  toggleDevTools: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  toggleFullScreen: string;
  window: string;
  help: string;
  about: string;
}

export interface DialogText {
  title: string;
  buttonLabel: string;
}

/** Titles, confirm buttons and file-type names of the native dialogs. */
export interface DialogLabels {
  openProject: DialogText;
  newProject: DialogText;
  importPapers: DialogText;
  export: DialogText;
  projectFilter: string;
  papersFilter: string;
  exportFilter: string;
}

export interface ShellLabels {
  menu: MenuLabels;
  dialogs: DialogLabels;
}

const en: ShellLabels = {
  menu: {
    file: 'File',
    newProject: 'New Project…',
    openProject: 'Open Project…',
    openRecent: 'Open Recent',
    noRecent: 'No recent projects',
    clearRecent: 'Clear Recent',
    importPapers: 'Import Papers…',
    export: 'Export…',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    toggleDevTools: 'Toggle Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Toggle Full Screen',
    window: 'Window',
    help: 'Help',
    about: 'About Telaah',
  },
  dialogs: {
    openProject: { title: 'Open project', buttonLabel: 'Open' },
    newProject: { title: 'New project', buttonLabel: 'Create' },
    importPapers: { title: 'Import papers', buttonLabel: 'Import' },
    export: { title: 'Export', buttonLabel: 'Export' },
    projectFilter: 'Telaah projects',
    papersFilter: 'Papers (PDF, Word, HTML, Markdown, text)',
    exportFilter: 'Export file',
  },
};

const id: ShellLabels = {
  menu: {
    file: 'Berkas',
    newProject: 'Proyek Baru…',
    openProject: 'Buka Proyek…',
    openRecent: 'Buka Proyek Terkini',
    noRecent: 'Belum ada proyek terkini',
    clearRecent: 'Kosongkan Daftar Terkini',
    importPapers: 'Impor Makalah…',
    export: 'Ekspor…',
    quit: 'Keluar',
    edit: 'Sunting',
    undo: 'Urungkan',
    redo: 'Ulangi',
    cut: 'Potong',
    copy: 'Salin',
    paste: 'Tempel',
    selectAll: 'Pilih Semua',
    view: 'Tampilan',
    reload: 'Muat Ulang',
    toggleDevTools: 'Alat Pengembang',
    resetZoom: 'Ukuran Sebenarnya',
    zoomIn: 'Perbesar',
    zoomOut: 'Perkecil',
    toggleFullScreen: 'Layar Penuh',
    window: 'Jendela',
    help: 'Bantuan',
    about: 'Tentang Telaah',
  },
  dialogs: {
    openProject: { title: 'Buka proyek', buttonLabel: 'Buka' },
    newProject: { title: 'Proyek baru', buttonLabel: 'Buat' },
    importPapers: { title: 'Impor makalah', buttonLabel: 'Impor' },
    export: { title: 'Ekspor', buttonLabel: 'Ekspor' },
    projectFilter: 'Proyek Telaah',
    papersFilter: 'Makalah (PDF, Word, HTML, Markdown, teks)',
    exportFilter: 'Berkas ekspor',
  },
};

/** The shell's message catalogues; the renderer has its own in renderer/i18n. */
export const shellMessages: Record<ShellLanguage, ShellLabels> = { en, id };
