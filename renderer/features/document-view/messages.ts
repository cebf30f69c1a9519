import { defineMessages } from '../../i18n/define-messages';

/** Messages of the document-view feature. */
export const documentViewMessages = defineMessages({}, {});
