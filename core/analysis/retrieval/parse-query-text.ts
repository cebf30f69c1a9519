import type { QueryNode } from '../../api/contracts/retrieval';
import { TelaahError } from '../../errors';

/** Operators of the text form, in English and Bahasa Indonesia. */
const OPERATORS: Record<string, 'and' | 'intersect' | 'or' | 'not' | 'overlapping' | 'within'> = {
  and: 'and',
  dan: 'and',
  intersect: 'intersect',
  irisan: 'intersect',
  or: 'or',
  atau: 'or',
  not: 'not',
  tanpa: 'not',
  overlapping: 'overlapping',
  tumpang: 'overlapping',
  within: 'within',
  dekat: 'within',
};

const UNITS: Record<string, 'characters' | 'paragraphs'> = {
  characters: 'characters',
  chars: 'characters',
  karakter: 'characters',
  paragraphs: 'paragraphs',
  paragraph: 'paragraphs',
  paras: 'paragraphs',
  paragraf: 'paragraphs',
};

/**
 * Parses a query written as text, applied left to right:
 * `identity AND norm`, `"culture/language" OR obstacle NOT norm`,
 * `identity WITHIN 2 paragraphs norm`, `identity INTERSECT norm`. A code is a name, a path or
 * an id (quote it when it has spaces); `codeId` resolves it. Sub-codes are included unless
 * `exact` is set.
 */
export function parseQueryText(
  text: string,
  codeId: (ref: string) => string,
  options: { exact?: boolean; sameCoder?: boolean } = {},
): QueryNode {
  const tokens = tokenize(text);
  let at = 0;
  const fail = (detail: string): TelaahError =>
    new TelaahError('query_invalid', `The query is not valid: ${detail}`, { detail });
  const code = (): QueryNode => {
    const ref = tokens[at++];
    if (ref === undefined) throw fail('a code is missing at the end');
    return { op: 'code', codeId: codeId(ref), includeSubcodes: options.exact !== true };
  };
  const sameCoder = options.sameCoder === true;
  let root = code();
  while (at < tokens.length) {
    const word = tokens[at++] ?? '';
    const op = OPERATORS[word.toLowerCase()];
    if (op === undefined)
      throw fail(`“${word}” is not AND, INTERSECT, OR, NOT, OVERLAPPING or WITHIN`);
    if (op === 'within') {
      const distance = Number(tokens[at++]);
      const unit = UNITS[(tokens[at++] ?? '').toLowerCase()];
      if (!Number.isInteger(distance) || distance < 0 || unit === undefined) {
        throw fail('WITHIN needs a distance and a unit, e.g. WITHIN 2 paragraphs');
      }
      if ((tokens[at] ?? '').toLowerCase() === 'of') at++;
      root = { op: 'within', left: root, right: code(), distance, unit, sameCoder };
    } else if (op === 'or') {
      const right = code();
      root = { op: 'or', operands: root.op === 'or' ? [...root.operands, right] : [root, right] };
    } else if (op === 'and' || op === 'intersect') {
      root = {
        op: 'and',
        left: root,
        right: code(),
        span: op === 'and' ? 'segment' : 'intersection',
        sameCoder,
      };
    } else root = { op, left: root, right: code(), sameCoder };
  }
  return root;
}

/** Words and "quoted phrases". */
function tokenize(text: string): string[] {
  return [...text.matchAll(/"([^"]*)"|(\S+)/gu)].map((m) => m[1] ?? m[2] ?? '');
}
