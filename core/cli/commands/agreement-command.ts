import { TelaahError } from '../../errors';
import type { Command } from '../command';

export const agreementCommand: Command = {
  name: 'agreement',
  minPositionals: 0,
  options: {},
  run() {
    return Promise.reject(
      new TelaahError('invalid_input', 'telaah agreement is not available yet.', {
        detail: 'agreement',
      }),
    );
  },
};
