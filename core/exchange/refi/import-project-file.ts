import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Ctx } from '../../context';
import { TelaahError } from '../../errors';
import { applyProjectImport } from './apply-project-import';
import type { ProjectImportReport } from './project-import-report';
import { readRefiProject } from './read-refi-project';

/**
 * Imports a `.qdpx` or `.qde` file into the open project as one undoable change; a file that
 * cannot be read changes nothing.
 */
export async function importProjectFile(ctx: Ctx, path: string): Promise<ProjectImportReport> {
  const bytes = await readFile(path).catch(() => {
    throw new TelaahError('not_found', `File not found: ${path}`, { what: 'File', name: path });
  });
  const model = await readRefiProject(bytes, basename(path));
  return applyProjectImport(ctx, model);
}
