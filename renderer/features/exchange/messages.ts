import { defineMessages } from '../../i18n/define-messages';

/** Messages of the exchange panel. */
export const exchangeMessages = defineMessages(
  {
    'exchange.heading': 'Exchange codebooks and projects',
  },
  {
    'exchange.heading': 'Pertukaran buku kode dan proyek',
  },
);
