/** English, the reference catalogue: every other language has exactly these keys. */
export const en = {
  'app.tagline': 'A workbench for qualitative content analysis',
  'app.version': 'Version {version}',
  'app.loading': 'Connecting…',
  'app.error': 'Telaah could not start: {message}',
  'home.heading': 'Welcome',
  'home.body':
    'Create a project, import your papers and interviews, and code them with your own categories. Everything stays on this computer.',
  'mode.desktop': 'Desktop',
  'mode.browser': 'Browser mode',
  'language.label': 'Language',
} as const;

export type MessageKey = keyof typeof en;
