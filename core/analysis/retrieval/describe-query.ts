import type { QueryNode, RetrievalQuery } from '../../api/contracts/retrieval';
import type { Ctx } from '../../context';
import { codePaths } from '../../coding/list-segments';

export type DescribeLanguage = 'en' | 'id';

const WORDS = {
  en: {
    or: 'OR',
    and: 'AND',
    overlapping: 'OVERLAPPING',
    not: 'NOT',
    within: 'WITHIN {n} {unit} OF',
    characters: 'characters',
    paragraphs: 'paragraphs',
    subcodes: 'with sub-codes',
    intersection: 'shared text only',
    sameCoder: 'same coder',
    documents: 'Documents',
    cases: 'Cases',
    coders: 'Coders',
    attributes: 'Attributes',
    eq: '=',
    ne: '≠',
    lt: '<',
    gt: '>',
    between: 'between',
    contains: 'contains',
    betweenAnd: 'and',
  },
  id: {
    or: 'ATAU',
    and: 'DAN',
    overlapping: 'BERTUMPANG TINDIH DENGAN',
    not: 'TANPA',
    within: 'DALAM JARAK {n} {unit} DARI',
    characters: 'karakter',
    paragraphs: 'paragraf',
    subcodes: 'dengan subkode',
    intersection: 'hanya teks yang beririsan',
    sameCoder: 'koder yang sama',
    documents: 'Dokumen',
    cases: 'Kasus',
    coders: 'Koder',
    attributes: 'Atribut',
    eq: '=',
    ne: '≠',
    lt: '<',
    gt: '>',
    between: 'antara',
    contains: 'memuat',
    betweenAnd: 'dan',
  },
} as const;

/** A query in words, e.g. “identity” (with sub-codes) AND “norm” — Cases: Surabaya. */
export function describeQuery(ctx: Ctx, query: RetrievalQuery, language: DescribeLanguage): string {
  const w = WORDS[language];
  const paths = codePaths(ctx);
  const names = (sql: string, ids: readonly string[] | undefined): string[] =>
    ids === undefined || ids.length === 0
      ? []
      : (ctx.db.$client.prepare(sql).pluck().all(JSON.stringify(ids)) as string[]);
  const node = (n: QueryNode, nested: boolean): string => {
    if (n.op === 'code') {
      return `“${paths.get(n.codeId) ?? n.codeId}”${n.includeSubcodes ? ` (${w.subcodes})` : ''}`;
    }
    let text: string;
    if (n.op === 'or') text = n.operands.map((o) => node(o, true)).join(` ${w.or} `);
    else {
      const op =
        n.op === 'within'
          ? w.within.replace('{n}', String(n.distance)).replace('{unit}', w[n.unit])
          : w[n.op];
      const notes = [
        ...(n.op === 'and' && n.span === 'intersection' ? [w.intersection] : []),
        ...(n.sameCoder ? [w.sameCoder] : []),
      ];
      text = `${node(n.left, true)} ${op} ${node(n.right, true)}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
    }
    return nested ? `(${text})` : text;
  };
  const f = query.filters;
  const parts = [node(query.root, false)];
  const docs = names(
    'select title from documents where id in (select value from json_each(?)) order by title',
    f.documentIds,
  );
  if (docs.length > 0) parts.push(`${w.documents}: ${docs.join(', ')}`);
  const cases = names(
    'select name from cases where id in (select value from json_each(?)) order by name',
    f.caseIds,
  );
  if (cases.length > 0) parts.push(`${w.cases}: ${cases.join(', ')}`);
  const attributes = (f.attributes ?? []).map((c) => {
    const name =
      (ctx.db.$client
        .prepare('select name from variables where id = ?')
        .pluck()
        .get(c.variableId) as string | undefined) ?? c.variableId;
    const value = c.op === 'between' ? `${c.value} ${w.betweenAnd} ${c.value2 ?? ''}` : c.value;
    return `${name} ${w[c.op]} ${value}`;
  });
  if (attributes.length > 0) parts.push(`${w.attributes}: ${attributes.join('; ')}`);
  const coders = names(
    'select name from coders where id in (select value from json_each(?)) order by name',
    f.coderIds,
  );
  if (coders.length > 0) parts.push(`${w.coders}: ${coders.join(', ')}`);
  return parts.join(' — ');
}
