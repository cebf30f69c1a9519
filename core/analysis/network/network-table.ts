import type { Ctx } from '../../context';
import { TelaahError } from '../../errors';
import type { DisplayTable } from '../display-table';

/** A saved network, co-occurrence or chart display as a table, with its picture as SVG. */
export function networkTable(_ctx: Ctx, displayId: string): DisplayTable {
  throw new TelaahError('not_found', `Display not found: ${displayId}`, {
    what: 'Display',
    name: displayId,
  });
}
