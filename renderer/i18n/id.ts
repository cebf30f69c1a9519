import type { MessageKey } from './en';

/** Bahasa Indonesia. */
export const id: Record<MessageKey, string> = {
  'app.tagline': 'Meja kerja untuk analisis isi kualitatif',
  'app.version': 'Versi {version}',
  'app.loading': 'Menghubungkan…',
  'app.error': 'Telaah tidak dapat dimulai: {message}',
  'home.heading': 'Selamat datang',
  'home.body':
    'Buat proyek, impor makalah dan wawancara Anda, lalu beri kode dengan kategori Anda sendiri. Semua data tetap di komputer ini.',
  'mode.desktop': 'Desktop',
  'mode.browser': 'Mode peramban',
  'language.label': 'Bahasa',
};
