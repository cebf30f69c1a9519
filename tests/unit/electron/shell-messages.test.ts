import { describe, expect, it } from 'vitest';
import { shellLanguage } from '../../../electron/shell-contract';
import { shellMessages } from '../../../electron/shell-messages';
import { LANGUAGES } from '../../../renderer/i18n/languages';

/** Every key path down to the strings, e.g. `dialogs.openProject.title`. */
function keyPaths(value: object, prefix = ''): string[] {
  return Object.entries(value)
    .flatMap(([key, child]: [string, unknown]) =>
      typeof child === 'object' && child !== null
        ? keyPaths(child, `${prefix}${key}.`)
        : [`${prefix}${key}`],
    )
    .sort();
}

function strings(value: object): unknown[] {
  return Object.values(value).flatMap((child: unknown) =>
    typeof child === 'object' && child !== null ? strings(child) : [child],
  );
}

describe('shellMessages', () => {
  it('has a catalogue for each UI language the renderer offers', () => {
    expect(Object.keys(shellMessages).sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
    expect([...shellLanguage.options].sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
  });

  it('has the same keys in English and Bahasa Indonesia', () => {
    expect(keyPaths(shellMessages.id)).toEqual(keyPaths(shellMessages.en));
  });

  it('has a non-empty text for every key', () => {
    for (const catalogue of Object.values(shellMessages)) {
      for (const text of strings(catalogue)) {
        expect(typeof text === 'string' && text.trim().length > 0).toBe(true);
      }
    }
  });

  it('keeps the ellipsis on menu items that open a dialog in both languages', () => {
    const { en, id } = shellMessages;
    for (const key of Object.keys(en.menu) as (keyof typeof en.menu)[]) {
      expect(id.menu[key].endsWith('…'), key).toBe(en.menu[key].endsWith('…'));
    }
  });
});
