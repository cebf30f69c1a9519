import type { DocumentItem } from '../../app/workspace-store';

const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Documents whose title, file name or any attribute value contains every word of the query. */
export function filterDocuments(documents: DocumentItem[], query: string): DocumentItem[] {
  const words = fold(query).split(/\s+/u).filter(Boolean);
  if (words.length === 0) return documents;
  return documents.filter((doc) => {
    const haystack = fold(
      [doc.title, doc.originalName, ...Object.values(doc.attributes)].join(' '),
    );
    return words.every((word) => haystack.includes(word));
  });
}

/** The few attribute values worth showing in the list: source type and year first. */
export function keyAttributes(attributes: Record<string, string>, max = 3): [string, string][] {
  const rank = (name: string): number => {
    const lower = name.toLowerCase();
    if (/type|jenis|source|sumber/u.test(lower)) return 0;
    if (/year|tahun/u.test(lower)) return 1;
    return 2;
  };
  return Object.entries(attributes)
    .filter(([, value]) => value !== '')
    .sort(([a], [b]) => rank(a) - rank(b))
    .slice(0, max);
}
