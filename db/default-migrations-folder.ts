import { fileURLToPath } from 'node:url';

/** The repository's `migrations/` folder; a packaged app passes its resource path instead. */
export const defaultMigrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));
