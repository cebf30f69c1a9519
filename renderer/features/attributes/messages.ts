import { defineMessages } from '../../i18n/define-messages';

/** Messages of the attributes feature. */
export const attributesMessages = defineMessages({}, {});
