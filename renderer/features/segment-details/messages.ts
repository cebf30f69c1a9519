import { defineMessages } from '../../i18n/define-messages';

/** Messages of the segment-details feature. */
export const segmentDetailsMessages = defineMessages({}, {});
