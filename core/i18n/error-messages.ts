import type { ErrorCode, ErrorParams } from '../errors';
import { interpolate } from './interpolate';
import type { Language } from './language';

type Catalogue = Record<ErrorCode, string>;

// Messages for codes whose English text is built where the error is thrown use that text in
// English; Indonesian always comes from here.
const id: Catalogue = {
  invalid_input: 'Masukan tidak valid: {detail}',
  not_found: '{what} tidak ditemukan: {name}',
  conflict: 'Tidak dapat dilakukan: {detail}',
  project_exists: 'Berkas “{file}” sudah ada. Pilih nama lain atau buka proyek itu.',
  project_not_found: 'Proyek “{file}” tidak ditemukan.',
  project_corrupt:
    'Berkas proyek “{file}” rusak (pemeriksaan integritas gagal). Cadangan terakhir ada di {backups}.',
  project_too_new:
    'Proyek “{file}” dibuat dengan versi Telaah yang lebih baru. Perbarui Telaah untuk membukanya; berkas tidak diubah.',
  project_not_telaah: '“{file}” bukan berkas proyek Telaah.',
  project_not_open: 'Belum ada proyek yang dibuka. Buat atau buka proyek terlebih dahulu.',
  import_empty_file: 'Berkas “{file}” kosong (0 bita). Tidak ada yang dapat diimpor.',
  import_unsupported_type:
    'Jenis berkas “{file}” tidak didukung. Telaah mengimpor PDF, DOCX, HTML, Markdown, dan TXT.',
  import_pdf_damaged:
    'PDF “{file}” rusak atau terpotong. Unduh ulang atau simpan ulang dari aplikasi aslinya, lalu impor lagi.',
  import_pdf_encrypted:
    'PDF “{file}” dilindungi kata sandi. Buka di pembaca PDF, simpan salinan tanpa sandi, lalu impor salinan itu.',
  import_pdf_no_text:
    'PDF “{file}” tidak memiliki lapisan teks (tampaknya hasil pindaian). Jalankan OCR terlebih dahulu, lalu impor hasilnya.',
  import_pdf_too_large:
    'PDF “{file}” memiliki {pages} halaman, melebihi batas {limit} halaman. Pisahkan menjadi beberapa berkas.',
  import_not_pdf:
    '“{file}” bernama .pdf tetapi isinya bukan PDF ({detected}). Periksa berkas aslinya.',
  import_legacy_doc:
    '“{file}” adalah dokumen Word 97–2003 (.doc) dengan nama .docx. Buka di Word atau LibreOffice, simpan sebagai .docx, lalu impor.',
  import_docx_damaged:
    '“{file}” bukan dokumen .docx yang valid atau rusak. Simpan ulang dari Word atau LibreOffice, lalu impor.',
  import_zip_bomb:
    '“{file}” terlalu besar setelah didekompresi (lebih dari {limit}). Impor dihentikan demi keamanan.',
  import_file_too_large: 'Berkas “{file}” terlalu besar untuk diimpor (batas {limit}).',
  import_encoding:
    'Teks “{file}” tidak dapat dibaca: pengodeannya tidak dikenali atau berkas berisi data biner.',
  import_no_text: 'Berkas “{file}” tidak berisi teks yang dapat diimpor.',
  import_duplicate: '“{file}” sudah ada di proyek sebagai “{title}”.',
  import_failed: '{failed} dari {total} berkas tidak dapat diimpor.',
  empty_range: 'Rentang yang dipilih kosong atau hanya berisi spasi.',
  range_out_of_bounds: 'Rentang {start}–{end} berada di luar teks dokumen ({length} karakter).',
  quote_not_found: 'Kutipan tidak ditemukan di dokumen “{document}”.',
  quote_ambiguous:
    'Kutipan muncul {count} kali di dokumen “{document}”. Perpanjang kutipan atau gunakan --start/--end.',
  code_cycle: 'Kode tidak dapat dipindahkan ke dalam subkodenya sendiri.',
  query_invalid: 'Kueri tidak valid: {detail}',
  exchange_malformed:
    '“{file}” bukan berkas {format} yang valid: {detail}. Tidak ada yang diimpor; proyek tidak berubah.',
  exchange_unsafe_entry:
    '“{file}” berisi entri dengan jalur tidak aman (“{entry}”). Tidak ada yang diimpor demi keamanan.',
  exchange_too_large:
    '“{file}” terlalu besar setelah didekompresi (lebih dari {limit}). Impor dihentikan demi keamanan.',
  csv_malformed: 'CSV “{file}” tidak dapat dibaca: {detail}',
  merge_same_project: 'Proyek tidak dapat digabungkan dengan dirinya sendiri.',
  review_not_reviewer:
    'Hanya pengode dengan peran peninjau yang dapat menerima atau menolak pengodean. Jadikan “{coder}” peninjau terlebih dahulu.',
  internal: 'Terjadi kesalahan internal: {detail}',
};

const en: Catalogue = {
  invalid_input: 'Invalid input: {detail}',
  not_found: '{what} not found: {name}',
  conflict: 'Cannot do that: {detail}',
  project_exists: '“{file}” already exists. Choose another name or open that project.',
  project_not_found: 'Project “{file}” was not found.',
  project_corrupt:
    'The project file “{file}” is damaged (integrity check failed). The latest backups are in {backups}.',
  project_too_new:
    'Project “{file}” was written by a newer version of Telaah. Update Telaah to open it; the file was not changed.',
  project_not_telaah: '“{file}” is not a Telaah project file.',
  project_not_open: 'No project is open. Create or open a project first.',
  import_empty_file: '“{file}” is empty (0 bytes). There is nothing to import.',
  import_unsupported_type:
    '“{file}” is not a supported type. Telaah imports PDF, DOCX, HTML, Markdown and TXT.',
  import_pdf_damaged:
    'The PDF “{file}” is damaged or cut short. Download it again or re-save it from its original application, then import it.',
  import_pdf_encrypted:
    'The PDF “{file}” is protected with a password. Open it in a PDF reader, save an unprotected copy, and import that.',
  import_pdf_no_text:
    'The PDF “{file}” has no text layer (it looks like a scan). Run OCR on it first, then import the result.',
  import_pdf_too_large:
    'The PDF “{file}” has {pages} pages, more than the limit of {limit}. Split it into several files.',
  import_not_pdf:
    '“{file}” has a .pdf name but is not a PDF ({detected}). Check the original file.',
  import_legacy_doc:
    '“{file}” is an old Word 97–2003 document (.doc) with a .docx name. Open it in Word or LibreOffice, save it as .docx, and import that.',
  import_docx_damaged:
    '“{file}” is not a valid .docx document or is damaged. Re-save it from Word or LibreOffice and import it again.',
  import_zip_bomb:
    '“{file}” is too large once decompressed (more than {limit}). The import was stopped for safety.',
  import_file_too_large: '“{file}” is too large to import (limit {limit}).',
  import_encoding:
    'The text of “{file}” cannot be read: its encoding is not recognised or it holds binary data.',
  import_no_text: '“{file}” contains no text to import.',
  import_duplicate: '“{file}” is already in the project as “{title}”.',
  import_failed: '{failed} of {total} files could not be imported.',
  empty_range: 'The selected range is empty or only whitespace.',
  range_out_of_bounds:
    'The range {start}–{end} lies outside the document text ({length} characters).',
  quote_not_found: 'The quote was not found in “{document}”.',
  quote_ambiguous:
    'The quote occurs {count} times in “{document}”. Lengthen it or give --start/--end.',
  code_cycle: 'A code cannot be moved into its own sub-code.',
  query_invalid: 'The query is not valid: {detail}',
  exchange_malformed:
    '“{file}” is not a valid {format} file: {detail}. Nothing was imported; the project is unchanged.',
  exchange_unsafe_entry:
    '“{file}” contains an entry with an unsafe path (“{entry}”). Nothing was imported, for safety.',
  exchange_too_large:
    '“{file}” is too large once decompressed (more than {limit}). The import was stopped for safety.',
  csv_malformed: 'The CSV “{file}” cannot be read: {detail}',
  merge_same_project: 'A project cannot be merged into itself.',
  review_not_reviewer:
    'Only a coder with the reviewer role can accept or reject codings. Make “{coder}” a reviewer first.',
  internal: 'An internal error occurred: {detail}',
};

const catalogues: Record<Language, Catalogue> = { en, id };

// Nouns passed as `what` in not_found errors, in Indonesian.
const idNouns: Record<string, string> = {
  Case: 'Kasus',
  Code: 'Kode',
  Coder: 'Pengode',
  Coding: 'Pengodean',
  Document: 'Dokumen',
  File: 'Berkas',
  Memo: 'Memo',
  Segment: 'Segmen',
  Variable: 'Variabel',
  Conclusion: 'Kesimpulan',
  Display: 'Tampilan',
  Summary: 'Ringkasan',
  Query: 'Kueri',
  Link: 'Tautan',
  Comment: 'Komentar',
};

/**
 * The message for an error in the user's language. English keeps the specific text written
 * where the error was raised; other languages use the catalogue, filled with the error's params.
 */
export function localizeError(
  error: { code: ErrorCode; message: string; params: ErrorParams },
  language: Language,
): string {
  if (language === 'en' && error.message) return error.message;
  const params = { ...error.params };
  if (language === 'id' && typeof params.what === 'string') {
    params.what = idNouns[params.what] ?? params.what;
  }
  return interpolate(catalogues[language][error.code], params).replace(/\s+/gu, ' ').trim();
}
