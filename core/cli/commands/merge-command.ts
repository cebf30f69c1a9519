import { TelaahError } from '../../errors';
import type { Command } from '../command';

export const mergeCommand: Command = {
  name: 'merge',
  minPositionals: 0,
  options: {},
  run() {
    return Promise.reject(
      new TelaahError('invalid_input', 'telaah merge is not available yet.', { detail: 'merge' }),
    );
  },
};
