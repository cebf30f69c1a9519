import { z } from 'zod';

/**
 * Every call the renderer, the CLI and the transports can make, declared once as `noun.verb`
 * with its input and output schemas. Handlers, the Electron bridge, the HTTP transport and the
 * renderer client all derive their types from this object.
 */
export const contract = {
  /** The running version and the project schema version it writes. */
  'app.info': {
    input: z.object({}),
    output: z.object({ version: z.string(), schemaVersion: z.number().int() }),
  },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
