import { defineMessages } from '../../i18n/define-messages';

/** Messages of the matrix view. */
export const matrixMessages = defineMessages(
  {
    'matrix.heading': 'Matrix',
  },
  {
    'matrix.heading': 'Matriks',
  },
);
