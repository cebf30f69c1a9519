import { defineMessages } from '../../i18n/define-messages';

/** Messages of the agreement view. */
export const agreementMessages = defineMessages(
  {
    'agreement.heading': 'Agreement',
  },
  {
    'agreement.heading': 'Kesepakatan',
  },
);
