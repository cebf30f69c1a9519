import type { Language } from '../../i18n/language';

/** The words a readable codebook document uses, in both UI languages. */
export const CODEBOOK_LABELS = {
  en: {
    title: 'Codebook',
    definition: 'Definition',
    inclusion: 'Inclusion criteria',
    exclusion: 'Exclusion criteria',
    example: 'Example',
    notCodable: 'Grouping code (not applied to text)',
    codings: 'Codings',
    none: '—',
  },
  id: {
    title: 'Buku kode',
    definition: 'Definisi',
    inclusion: 'Kriteria inklusi',
    exclusion: 'Kriteria eksklusi',
    example: 'Contoh',
    notCodable: 'Kode pengelompok (tidak diterapkan pada teks)',
    codings: 'Pengodean',
    none: '—',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type CodebookLabels = (typeof CODEBOOK_LABELS)[Language];
