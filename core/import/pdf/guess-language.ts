const STOPWORDS: Record<string, ReadonlySet<string>> = {
  id: new Set([
    'yang',
    'dan',
    'di',
    'dengan',
    'untuk',
    'dalam',
    'ini',
    'itu',
    'pada',
    'dari',
    'tidak',
    'adalah',
  ]),
  en: new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'as', 'are', 'this']),
};

/** Guesses Indonesian or English from stopword counts; null when neither is clearly present. */
export function guessLanguage(text: string): 'id' | 'en' | null {
  const counts = { id: 0, en: 0 };
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (STOPWORDS.id?.has(word)) counts.id++;
    if (STOPWORDS.en?.has(word)) counts.en++;
  }
  if (counts.id + counts.en < 5) return null;
  return counts.id >= counts.en ? 'id' : 'en';
}
