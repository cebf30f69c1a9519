import { defineMessages } from '../../i18n/define-messages';

/** Messages of the merge panel. */
export const mergeMessages = defineMessages(
  {
    'merge.heading': 'Merge projects',
  },
  {
    'merge.heading': 'Gabungkan proyek',
  },
);
