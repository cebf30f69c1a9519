/** The few words displays print around the data, in each UI language. */
const WORDS = {
  en: {
    code: 'Code',
    document: 'Document',
    case: 'Case',
    from: 'From',
    relation: 'Relation',
    to: 'To',
    weight: 'Weight',
    note: 'Note',
    cooccursWith: 'co-occurs with',
    total: 'Total',
    noValue: '(no value)',
    count: 'Co-occurring pairs',
    documents: 'Documents',
    c: 'c-coefficient',
    codings: 'Codings',
  },
  id: {
    code: 'Kode',
    document: 'Dokumen',
    case: 'Kasus',
    from: 'Dari',
    relation: 'Relasi',
    to: 'Ke',
    weight: 'Bobot',
    note: 'Catatan',
    cooccursWith: 'muncul bersama',
    total: 'Total',
    noValue: '(tanpa nilai)',
    count: 'Pasangan yang muncul bersama',
    documents: 'Dokumen',
    c: 'Koefisien c',
    codings: 'Pengodean',
  },
} as const;

export type DisplayLanguage = keyof typeof WORDS;
export type DisplayWords = (typeof WORDS)[DisplayLanguage];

export function displayWords(language: DisplayLanguage): DisplayWords {
  return WORDS[language];
}
