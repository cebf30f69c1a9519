import { defineMessages } from '../../i18n/define-messages';

/** Messages of the network view. */
export const networkMessages = defineMessages(
  {
    'network.heading': 'Network and charts',
  },
  {
    'network.heading': 'Jaringan dan grafik',
  },
);
