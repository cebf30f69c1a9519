import { defineMessages } from '../../i18n/define-messages';

/** Messages of the memos feature. */
export const memosMessages = defineMessages({}, {});
