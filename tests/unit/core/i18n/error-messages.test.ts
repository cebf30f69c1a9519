import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../../core/errors';
import { localizeError } from '../../../../core/i18n/error-messages';

describe('localizeError', () => {
  it('keeps the specific English text written where the error was raised', () => {
    const error = { code: 'import_empty_file' as const, message: 'Specific text.', params: {} };
    expect(localizeError(error, 'en')).toBe('Specific text.');
  });

  it('fills the Indonesian message with the error parameters', () => {
    const error = { code: 'import_empty_file' as const, message: 'x', params: { file: 'a.pdf' } };
    expect(localizeError(error, 'id')).toBe(
      'Berkas “a.pdf” kosong (0 bita). Tidak ada yang dapat diimpor.',
    );
  });

  it('names the missing thing in Indonesian when a lookup fails', () => {
    const error = {
      code: 'not_found' as const,
      message: 'x',
      params: { what: 'Document', name: 'A' },
    };
    expect(localizeError(error, 'id')).toBe('Dokumen tidak ditemukan: A');
  });

  it('has a message in both languages for every error code', () => {
    for (const code of ERROR_CODES) {
      for (const language of ['en', 'id'] as const) {
        const text = localizeError({ code, message: '', params: {} }, language);
        expect(text.length, `${code} ${language}`).toBeGreaterThan(5);
        expect(text).not.toMatch(/\{\w+\}/u);
      }
    }
  });
});
