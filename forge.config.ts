import { MakerDeb } from '@electron-forge/maker-deb';
import { MakerDMG } from '@electron-forge/maker-dmg';
import { MakerSquirrel } from '@electron-forge/maker-squirrel';
import { MakerZIP } from '@electron-forge/maker-zip';
import { AutoUnpackNativesPlugin } from '@electron-forge/plugin-auto-unpack-natives';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { packageIgnore } from './electron/package-ignore';

const config: ForgeConfig = {
  packagerConfig: {
    name: 'Telaah',
    executableName: 'telaah',
    appBundleId: 'org.telaah.app',
    appCategoryType: 'public.app-category.education',
    // better-sqlite3's .node file is moved out of the asar by the auto-unpack plugin.
    asar: true,
    ignore: packageIgnore,
    // Migrations ship beside the asar so openDatabase can read them as ordinary files.
    extraResource: ['migrations'],
  },
  rebuildConfig: { onlyModules: ['better-sqlite3'] },
  makers: [
    new MakerDeb({
      options: {
        name: 'telaah',
        productName: 'Telaah',
        genericName: 'Qualitative content analysis',
        categories: ['Education', 'Science', 'Office'],
        mimeType: ['application/x-telaah-project'],
      },
    }),
    new MakerZIP({}, ['linux', 'darwin']),
    new MakerSquirrel({ name: 'telaah' }),
    new MakerDMG({ format: 'ULFO' }),
  ],
  plugins: [
    new AutoUnpackNativesPlugin({}),
    new VitePlugin({
      build: [
        { entry: 'electron/main.ts', config: 'vite.main.config.mts', target: 'main' },
        { entry: 'electron/preload.ts', config: 'vite.preload.config.mts', target: 'preload' },
      ],
      renderer: [{ name: 'main_window', config: 'vite.renderer.config.mts' }],
    }),
    // Switched at package time: no running the app as plain Node, no inspector or NODE_OPTIONS,
    // and code loaded only from the integrity-checked asar.
    new FusesPlugin({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    }),
  ],
};

export default config;
