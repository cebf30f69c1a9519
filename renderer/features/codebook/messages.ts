import { defineMessages } from '../../i18n/define-messages';

/** Messages of the codebook feature. */
export const codebookMessages = defineMessages({}, {});
