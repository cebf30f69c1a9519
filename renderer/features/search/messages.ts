import { defineMessages } from '../../i18n/define-messages';

/** Messages of the search feature. */
export const searchMessages = defineMessages({}, {});
