import { TelaahError } from '../errors';
import type { ParseArgsConfig } from 'node:util';
import type { CliIo } from './cli-io';

export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** Parsed arguments of one command: positionals and option values. */
export interface CommandArgs {
  positionals: string[];
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
}

/** One `telaah <name>` subcommand. */
export interface Command {
  name: string;
  /** Minimum number of positional arguments (the project path counts). */
  minPositionals: number;
  options: OptionsConfig;
  run(args: CommandArgs, io: CliIo): Promise<void>;
}

export const jsonOption = { json: { type: 'boolean' } } as const satisfies OptionsConfig;
export const coderOption = { coder: { type: 'string' } } as const satisfies OptionsConfig;

/** A string option's value, or undefined. */
export function stringValue(args: CommandArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}

/** Every value of a repeatable string option. */
export function stringValues(args: CommandArgs, name: string): string[] {
  const v = args.values[name];
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** An integer option, or undefined when absent; a non-integer is a user error. */
export function intValue(args: CommandArgs, name: string): number | undefined {
  const v = stringValue(args, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n)) {
    throw new TelaahError('invalid_input', `--${name} must be a whole number, not “${v}”.`, {
      detail: `--${name} ${v}`,
    });
  }
  return n;
}

/** Prints `--json` output: always an array of objects, each with its id. */
export function printJson(io: CliIo, rows: readonly object[]): void {
  io.out(JSON.stringify(rows, null, 2));
}
