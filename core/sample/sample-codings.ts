/** An excerpt of a sample paper coded by one of the two sample coders. */
export interface SampleCoding {
  /** Index into SAMPLE_PAPERS. */
  paper: number;
  /** The exact excerpt; it occurs once in the paper's canonical text. */
  quote: string;
  /** Starter code names. */
  codes: string[];
  /** 0: the person creating the sample; 1: the second sample coder. */
  coder: 0 | 1;
}

/** Codings across the four starter codes, two coders, one passage coded by both. */
export const SAMPLE_CODINGS: readonly SampleCoding[] = [
  {
    paper: 0,
    quote: 'Surabaya memandang dirinya sebagai kota pelabuhan yang terbuka dan pekerja keras.',
    codes: ['identity'],
    coder: 0,
  },
  {
    paper: 0,
    quote:
      'Setiap kegiatan harus memberi manfaat bagi kedua kota dan dilaporkan kepada Kementerian Luar Negeri.',
    codes: ['norm'],
    coder: 0,
  },
  {
    paper: 0,
    quote:
      'Pelajar SMA dari Surabaya tinggal bersama keluarga angkat di Kitakyushu selama dua minggu',
    codes: ['culture'],
    coder: 1,
  },
  {
    paper: 0,
    quote: 'Biaya perjalanan dinas dipangkas setelah pemilihan kepala daerah',
    codes: ['obstacle'],
    coder: 1,
  },
  { paper: 1, quote: 'We present ourselves as a creative city.', codes: ['identity'], coder: 0 },
  { paper: 1, quote: 'Reciprocity is the word they always check.', codes: ['norm'], coder: 1 },
  {
    paper: 1,
    quote: 'German students join a batik and angklung workshop here',
    codes: ['culture'],
    coder: 0,
  },
  {
    paper: 1,
    quote: 'Our travel budget depends on the annual budget debate',
    codes: ['obstacle'],
    coder: 0,
  },
  {
    paper: 1,
    quote: 'Our travel budget depends on the annual budget debate',
    codes: ['obstacle'],
    coder: 1,
  },
  {
    paper: 2,
    quote: 'agreements respect national foreign policy and are approved by the central government',
    codes: ['norm'],
    coder: 1,
  },
  {
    paper: 2,
    quote:
      'budgets for international activities are cut whenever local priorities change, especially after elections',
    codes: ['obstacle'],
    coder: 0,
  },
  {
    paper: 2,
    quote: 'Festivals, school visits and exhibitions build goodwill',
    codes: ['culture', 'identity'],
    coder: 0,
  },
  { paper: 2, quote: 'partners treat each other as equals', codes: ['norm'], coder: 1 },
];
