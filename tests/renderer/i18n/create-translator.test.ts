import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../renderer/i18n/create-translator';
import { en } from '../../../renderer/i18n/en';
import { id } from '../../../renderer/i18n/id';

describe('createTranslator', () => {
  it('fills parameters in the chosen language', () => {
    expect(createTranslator('en')('app.version', { version: '1.0' })).toBe('Version 1.0');
    expect(createTranslator('id')('app.version', { version: '1.0' })).toBe('Versi 1.0');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(createTranslator('en')('app.version')).toBe('Version {version}');
  });

  it('has an Indonesian text for every English key, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(id[key]), key).toEqual(placeholders(en[key]));
    }
  });
});
