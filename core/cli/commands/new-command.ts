import { resolve } from 'node:path';
import { ensureCoder } from '../../coding/coders';
import { createProject } from '../../project/create-project';
import { defaultDeps } from '../../project/deps';
import { coderOption, type Command } from '../command';
import { coderName } from '../open-cli-project';

export const newCommand: Command = {
  name: 'new',
  minPositionals: 1,
  options: { ...coderOption, 'no-starter-codebook': { type: 'boolean' } },
  run(args, io) {
    const file = resolve(io.cwd, args.positionals[0] ?? '');
    const starterCodebook = args.values['no-starter-codebook'] !== true;
    const project = createProject(file, defaultDeps, { starterCodebook });
    try {
      ensureCoder(project.db, defaultDeps, coderName(args, io));
    } finally {
      project.close();
    }
    io.out(`Created ${file}${starterCodebook ? ' with the starter codebook' : ''}.`);
    return Promise.resolve();
  },
};
