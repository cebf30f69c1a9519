import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import type { Ctx } from '../context';
import { ensureCoder } from '../coding/coders';
import { defaultDeps } from '../project/deps';
import { openProject, type Project } from '../project/open-project';
import type { CliIo } from './cli-io';
import { stringValue, type CommandArgs } from './command';

/** The coder name for writes: --coder, then $TELAAH_CODER, then the OS user name. */
export function coderName(args: CommandArgs, io: CliIo): string {
  return stringValue(args, 'coder') ?? io.env.TELAAH_CODER ?? safeUserName();
}

function safeUserName(): string {
  try {
    return userInfo().username || 'coder';
  } catch {
    return 'coder';
  }
}

/**
 * Opens the project named by the first positional, runs `work`, and always closes it. Only
 * commands that write register the coder, so reading a project never changes it.
 */
export async function withProject<T>(
  args: CommandArgs,
  io: CliIo,
  mode: 'read' | 'write',
  work: (ctx: Ctx, project: Project) => Promise<T> | T,
): Promise<T> {
  const file = resolve(io.cwd, args.positionals[0] ?? '');
  const project = openProject(file, defaultDeps);
  try {
    const coderId =
      mode === 'write' ? ensureCoder(project.db, defaultDeps, coderName(args, io)).id : '';
    const ctx: Ctx = { db: project.db, ...defaultDeps, coderId };
    return await work(ctx, project);
  } finally {
    project.close();
  }
}
