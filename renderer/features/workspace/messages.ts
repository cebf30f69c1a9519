import { defineMessages } from '../../i18n/define-messages';

/** Messages of the workspace feature. */
export const workspaceMessages = defineMessages({}, {});
