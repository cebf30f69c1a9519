import packageJson from '../../package.json' with { type: 'json' };

/** The running Telaah version, recorded in `meta.created_with` of new projects. */
export const TELAAH_VERSION: string = packageJson.version;
