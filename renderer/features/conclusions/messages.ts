import { defineMessages } from '../../i18n/define-messages';

/** Messages of the conclusions view. */
export const conclusionsMessages = defineMessages(
  {
    'conclusions.heading': 'Conclusions',
  },
  {
    'conclusions.heading': 'Kesimpulan',
  },
);
