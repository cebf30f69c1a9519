import { defineMessages } from '../../i18n/define-messages';

/** Messages of the retrieval view. */
export const retrievalMessages = defineMessages(
  {
    'retrieval.heading': 'Retrieval',
  },
  {
    'retrieval.heading': 'Penelusuran',
  },
);
