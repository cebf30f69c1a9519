import { TelaahError } from '../errors';

/** The types a variable can have. */
export type VariableType = 'text' | 'number' | 'date' | 'boolean';

const TRUE_WORDS = new Set(['true', 'yes', 'ya', 'y', '1', 'benar']);
const FALSE_WORDS = new Set(['false', 'no', 'tidak', 'n', '0', 'salah']);

/**
 * Checks a value against its variable's type and returns the stored text: numbers as parsed,
 * dates as yyyy-mm-dd, booleans as "true"/"false" (English or Indonesian words accepted).
 */
export function parseVariableValue(type: VariableType, raw: string, variableName: string): string {
  const value = raw.trim();
  const invalid = (expected: string): TelaahError =>
    new TelaahError(
      'invalid_input',
      `Invalid input: “${value}” is not ${expected} (variable “${variableName}”).`,
      {
        detail: `“${value}” is not ${expected} (${variableName})`,
      },
    );
  switch (type) {
    case 'text':
      return value;
    case 'number': {
      const n = Number(value.replace(',', '.'));
      if (value === '' || !Number.isFinite(n)) throw invalid('a number');
      return String(n);
    }
    case 'date': {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
      const date = new Date(`${value}T00:00:00Z`);
      if (
        match === null ||
        Number.isNaN(date.getTime()) ||
        date.toISOString().slice(0, 10) !== value
      ) {
        throw invalid('a date (yyyy-mm-dd)');
      }
      return value;
    }
    case 'boolean': {
      const word = value.toLowerCase();
      if (TRUE_WORDS.has(word)) return 'true';
      if (FALSE_WORDS.has(word)) return 'false';
      throw invalid('true or false');
    }
  }
}
