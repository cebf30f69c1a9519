import type { Ctx } from '../../context';
import { TelaahError } from '../../errors';
import type { DisplayTable } from '../display-table';

/** A saved matrix display as a table of its cells (counts or researcher entries). */
export function matrixTable(_ctx: Ctx, displayId: string): DisplayTable {
  throw new TelaahError('not_found', `Display not found: ${displayId}`, {
    what: 'Display',
    name: displayId,
  });
}
