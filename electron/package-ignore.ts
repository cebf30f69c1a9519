/** Runtime modules the main bundle leaves external: better-sqlite3 and what it requires. */
const RUNTIME_MODULES = ['better-sqlite3', 'bindings', 'file-uri-to-path'];

// Sources and build leftovers of the native module that the app never loads.
const NATIVE_LEFTOVERS =
  /^\/node_modules\/better-sqlite3\/(deps|src|docs|build\/(?!Release\/better_sqlite3\.node$).*)/;

/**
 * Packager's `ignore` filter: ships the Vite output, package.json and the external runtime
 * modules. Replaces the Forge Vite plugin's default, which keeps only `.vite/` and would leave
 * better-sqlite3 out of the package.
 */
export function packageIgnore(file: string): boolean {
  if (file === '' || file === '/package.json' || file === '/node_modules') return false;
  if (file.startsWith('/.vite/') || file === '/.vite') return false;
  if (NATIVE_LEFTOVERS.test(file))
    return !/^\/node_modules\/better-sqlite3\/build(\/Release)?$/.test(file);
  return !RUNTIME_MODULES.some(
    (name) => file === `/node_modules/${name}` || file.startsWith(`/node_modules/${name}/`),
  );
}
