import { defineMessages } from '../../i18n/define-messages';

/** Messages of the documents feature. */
export const documentsMessages = defineMessages({}, {});
