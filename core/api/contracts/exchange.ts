// Calls of the exchange feature, merged into the one contract in ../contract.ts.
import { z } from 'zod';
import { out } from '../contract-kit';
import type { ExportedFile } from '../exported-file';
import type { CodebookPlan } from '../../exchange/codebook/plan-codebook-import';
import type { ProjectImportReport } from '../../exchange/refi/project-import-report';

export type { CodebookPlan, ProjectImportReport };

const language = z.enum(['en', 'id']).default('en');
const filePath = z.string().min(1);

export const exchangeContract = {
  /** The codebook as REFI-QDA .qdc, CSV, or a readable DOCX, HTML or Markdown document. */
  'exchange.exportCodebook': {
    input: z.object({ format: z.enum(['qdc', 'csv', 'docx', 'html', 'md']), language }),
    output: out<ExportedFile>(),
  },
  /** The whole project as a REFI-QDA .qdpx archive. */
  'exchange.exportProject': { input: z.object({}), output: out<ExportedFile>() },
  /**
   * What importing a codebook file (.qdc, .csv, .qdpx, .qde) would add, change field by field,
   * leave alone, and not resolve; nothing is written.
   */
  'exchange.previewCodebook': { input: z.object({ path: filePath }), output: out<CodebookPlan>() },
  /** Applies a codebook file as one undoable change; conflicts are left alone. */
  'exchange.importCodebook': { input: z.object({ path: filePath }), output: out<CodebookPlan>() },
  /** Imports a .qdpx or .qde project from another tool as one undoable change. */
  'exchange.importProject': {
    input: z.object({ path: filePath }),
    output: out<ProjectImportReport>(),
  },
} as const;
