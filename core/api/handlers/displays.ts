import { buildMatrix } from '../../analysis/matrix/build-matrix';
import { cellExcerpts } from '../../analysis/matrix/cell-excerpts';
import { listCodeGroups } from '../../analysis/matrix/code-groups';
import {
  createMatrixDisplay,
  deleteDisplay,
  getMatrixDisplay,
  listDisplays,
  updateMatrixDisplay,
} from '../../analysis/matrix/display-rows';
import { exportMatrix } from '../../analysis/matrix/export-matrix';
import { setMatrixEntry } from '../../analysis/matrix/matrix-entries';
import { matrixTable } from '../../analysis/matrix/matrix-table';
import { templateConfig } from '../../analysis/matrix/matrix-templates';
import { TelaahError } from '../../errors';
import type { AppSession } from '../app-session';
import type { displaysContract } from '../contracts/displays';
import type { Channel } from '../contract';
import type { Handlers } from '../dispatch';

export type DisplaysHandlers = Pick<Handlers, Extract<keyof typeof displaysContract, Channel>>;

/** Handlers of the displays calls: saved matrices, their cells, entries and exports. */
export function displaysHandlers(session: AppSession): DisplaysHandlers {
  const ctx = () => session.ctx();
  return {
    'displays.list': (i) => listDisplays(ctx(), i.kind),
    'displays.createMatrix': (i) => {
      const config =
        i.config ?? (i.template === null ? null : templateConfig(ctx(), i.template, i.variableId));
      if (config === null) {
        throw new TelaahError(
          'invalid_input',
          'Invalid input: a matrix needs a template or a configuration.',
          {
            detail: 'config',
          },
        );
      }
      return createMatrixDisplay(ctx(), { name: i.name, template: i.template, config });
    },
    'displays.getMatrix': (i) => {
      const display = getMatrixDisplay(ctx(), i.id);
      return { display, data: buildMatrix(ctx(), display.config, display.id) };
    },
    'displays.updateMatrix': (i) =>
      updateMatrixDisplay(ctx(), i.id, { name: i.name, config: i.config }),
    'displays.delete': (i) => {
      deleteDisplay(ctx(), i.id);
      return null;
    },
    'displays.cellExcerpts': (i) =>
      cellExcerpts(ctx(), getMatrixDisplay(ctx(), i.id).config, i.rowKey, i.columnKey),
    'displays.setEntry': (i) =>
      setMatrixEntry(ctx(), {
        displayId: i.id,
        rowKey: i.rowKey,
        columnKey: i.columnKey,
        text: i.text,
        rating: i.rating,
        symbol: i.symbol,
        segmentIds: i.segmentIds,
      }),
    'displays.exportMatrix': (i) => exportMatrix(ctx(), i.id, i.format, i.language),
    'displays.matrixTable': (i) => matrixTable(ctx(), i.id),
    'displays.codeGroups': () => listCodeGroups(ctx()),
  };
}
