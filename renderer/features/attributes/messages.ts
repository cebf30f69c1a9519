import { defineMessages } from '../../i18n/define-messages';

/** Messages of the attributes feature. */
export const attributesMessages = defineMessages(
  {
    'attributes.heading': 'Attributes',
    'attributes.hint':
      'One row per document. Press Enter or double-click a cell to edit it, Esc to cancel, Delete to clear it.',
    'attributes.grid': 'Document attributes',
    'attributes.document': 'Document',
    'attributes.case': 'Case',
    'attributes.add.name': 'New variable',
    'attributes.add.placeholder': 'e.g. year',
    'attributes.add.type': 'Type',
    'attributes.add.submit': 'Add variable',
    'attributes.type.text': 'Text',
    'attributes.type.number': 'Number',
    'attributes.type.date': 'Date',
    'attributes.type.boolean': 'Yes/no',
    'attributes.yes': 'Yes',
    'attributes.no': 'No',
    'attributes.empty': 'No documents yet. Import papers first; their attributes appear here.',
    'attributes.noVariables':
      'No variables yet. Add one above, for example “year” (number) or “source type” (text).',
    'attributes.editor': '{variable} of “{document}”',
    'attributes.case.hint': 'Type a case name: an existing case is reused, a new one is created.',
    'attributes.deleteVariable': 'Delete variable “{name}” and all its values',
    'attributes.deleteVariable.confirm': 'Delete the variable “{name}” and all its values?',
  },
  {
    'attributes.heading': 'Atribut',
    'attributes.hint':
      'Satu baris per dokumen. Tekan Enter atau klik dua kali sel untuk menyuntingnya, Esc untuk membatalkan, Delete untuk mengosongkannya.',
    'attributes.grid': 'Atribut dokumen',
    'attributes.document': 'Dokumen',
    'attributes.case': 'Kasus',
    'attributes.add.name': 'Variabel baru',
    'attributes.add.placeholder': 'mis. tahun',
    'attributes.add.type': 'Jenis',
    'attributes.add.submit': 'Tambah variabel',
    'attributes.type.text': 'Teks',
    'attributes.type.number': 'Angka',
    'attributes.type.date': 'Tanggal',
    'attributes.type.boolean': 'Ya/tidak',
    'attributes.yes': 'Ya',
    'attributes.no': 'Tidak',
    'attributes.empty':
      'Belum ada dokumen. Impor makalah terlebih dahulu; atributnya akan muncul di sini.',
    'attributes.noVariables':
      'Belum ada variabel. Tambahkan di atas, misalnya “tahun” (angka) atau “jenis sumber” (teks).',
    'attributes.editor': '{variable} untuk “{document}”',
    'attributes.case.hint':
      'Ketik nama kasus: kasus yang sudah ada dipakai ulang, nama baru membuat kasus baru.',
    'attributes.deleteVariable': 'Hapus variabel “{name}” beserta semua nilainya',
    'attributes.deleteVariable.confirm': 'Hapus variabel “{name}” beserta semua nilainya?',
  },
);
