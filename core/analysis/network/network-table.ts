import type { Ctx } from '../../context';
import type { DisplayTable } from '../display-table';
import { displayTableOf } from './display-table-of';
import { getNetworkDisplay } from './network-displays';

/** A saved network, co-occurrence or chart display as a table, with its picture as SVG. */
export function networkTable(ctx: Ctx, displayId: string): DisplayTable {
  const display = getNetworkDisplay(ctx, displayId);
  return displayTableOf(ctx, display, display.name);
}
