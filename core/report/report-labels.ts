import type { ConclusionStatus, TacticKey } from '../analysis/conclusions/tactics';

/** The report's own language: headings, labels and citations. */
export type ReportLanguage = 'en' | 'id';

/** The report's headings and labels in one language. */
export interface ReportLabels {
  title: string;
  generated: string;
  contents: string;
  codebook: string;
  codebookIntro: string;
  code: string;
  definition: string;
  inclusion: string;
  exclusion: string;
  example: string;
  codings: string;
  displays: string;
  displaySkipped: string;
  conclusions: string;
  conclusionsIntro: string;
  noConclusions: string;
  status: string;
  supporting: string;
  negative: string;
  rivalExplanations: string;
  note: string;
  tactics: string;
  noTactics: string;
  triangulation: string;
  sourceTypes: string;
  sourceTypeOne: string;
  caseOne: string;
  coderOne: string;
  cases: string;
  coders: string;
  documents: string;
  none: string;
  page: string;
  statuses: Record<ConclusionStatus, string>;
  tacticNames: Record<TacticKey, string>;
}

export const REPORT_LABELS: Record<ReportLanguage, ReportLabels> = {
  en: {
    title: 'Findings report',
    generated: 'Generated',
    contents: 'Contents',
    codebook: 'Codebook',
    codebookIntro:
      'Each code with its definition, inclusion and exclusion criteria and an example.',
    code: 'Code',
    definition: 'Definition',
    inclusion: 'Include when',
    exclusion: 'Exclude when',
    example: 'Example',
    codings: 'Codings',
    displays: 'Data displays',
    displaySkipped: 'This display could not be drawn as a table:',
    conclusions: 'Conclusions and verification',
    conclusionsIntro:
      'Each claim with its status, the excerpts supporting it, the negative evidence weighed against it, rival explanations and the verification tactics applied (Miles, Huberman & Saldaña).',
    noConclusions: 'No conclusions with the chosen statuses.',
    status: 'Status',
    supporting: 'Supporting evidence',
    negative: 'Negative evidence',
    rivalExplanations: 'Rival explanations',
    note: 'Note',
    tactics: 'Verification tactics applied',
    noTactics: 'No tactics applied yet.',
    triangulation: 'Triangulation',
    sourceTypes: 'source types',
    sourceTypeOne: 'source type',
    caseOne: 'case',
    coderOne: 'coder',
    cases: 'cases',
    coders: 'coders',
    documents: 'documents',
    none: 'None.',
    page: 'p.',
    statuses: {
      tentative: 'Tentative',
      supported: 'Supported',
      verified: 'Verified',
      rejected: 'Rejected',
    },
    tacticNames: {
      representativeness: 'Checking for representativeness',
      'researcher-effects': 'Checking for researcher effects',
      triangulating: 'Triangulating',
      'weighting-evidence': 'Weighting the evidence',
      outliers: 'Checking the meaning of outliers',
      'extreme-cases': 'Using extreme cases',
      surprises: 'Following up surprises',
      'negative-evidence': 'Looking for negative evidence',
      'if-then-tests': 'Making if-then tests',
      'spurious-relations': 'Ruling out spurious relations',
      replicating: 'Replicating a finding',
      'rival-explanations': 'Checking out rival explanations',
      'participant-feedback': 'Getting feedback from participants',
    },
  },
  id: {
    title: 'Laporan temuan',
    generated: 'Dibuat',
    contents: 'Daftar isi',
    codebook: 'Buku kode',
    codebookIntro: 'Setiap kode beserta definisi, kriteria inklusi dan eksklusi, serta contohnya.',
    code: 'Kode',
    definition: 'Definisi',
    inclusion: 'Sertakan bila',
    exclusion: 'Kecualikan bila',
    example: 'Contoh',
    codings: 'Pengodean',
    displays: 'Penyajian data',
    displaySkipped: 'Penyajian ini tidak dapat dibuat sebagai tabel:',
    conclusions: 'Kesimpulan dan verifikasi',
    conclusionsIntro:
      'Setiap klaim beserta statusnya, kutipan yang mendukungnya, bukti negatif yang ditimbang, penjelasan tandingan, dan taktik verifikasi yang diterapkan (Miles, Huberman & Saldaña).',
    noConclusions: 'Tidak ada kesimpulan dengan status yang dipilih.',
    status: 'Status',
    supporting: 'Bukti pendukung',
    negative: 'Bukti negatif',
    rivalExplanations: 'Penjelasan tandingan',
    note: 'Catatan',
    tactics: 'Taktik verifikasi yang diterapkan',
    noTactics: 'Belum ada taktik yang diterapkan.',
    triangulation: 'Triangulasi',
    sourceTypes: 'jenis sumber',
    sourceTypeOne: 'jenis sumber',
    caseOne: 'kasus',
    coderOne: 'pengode',
    cases: 'kasus',
    coders: 'pengode',
    documents: 'dokumen',
    none: 'Tidak ada.',
    page: 'hlm.',
    statuses: {
      tentative: 'Sementara',
      supported: 'Didukung',
      verified: 'Terverifikasi',
      rejected: 'Ditolak',
    },
    tacticNames: {
      representativeness: 'Memeriksa keterwakilan',
      'researcher-effects': 'Memeriksa pengaruh peneliti',
      triangulating: 'Triangulasi',
      'weighting-evidence': 'Menimbang bobot bukti',
      outliers: 'Memeriksa makna pencilan',
      'extreme-cases': 'Menggunakan kasus ekstrem',
      surprises: 'Menindaklanjuti temuan mengejutkan',
      'negative-evidence': 'Mencari bukti negatif',
      'if-then-tests': 'Membuat uji jika-maka',
      'spurious-relations': 'Menyingkirkan hubungan semu',
      replicating: 'Mereplikasi temuan',
      'rival-explanations': 'Memeriksa penjelasan tandingan',
      'participant-feedback': 'Meminta umpan balik partisipan',
    },
  },
};
