import type { Ctx } from '../../context';
import type { CommandArgs } from '../command';

/** One `telaah export --format <name>`: writes the open project's export to `file`. */
export interface ExportFormat {
  name: string;
  write(ctx: Ctx, file: string, args: CommandArgs): Promise<void> | void;
}
