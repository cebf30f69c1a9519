// Calls of the conclusions feature, merged into the one contract in ../contract.ts.
import { z } from 'zod';
import type {
  EvidenceRow,
  ConclusionRow,
  TacticRow,
} from '../../analysis/conclusions/conclusion-row';
import type { ConclusionDetail } from '../../analysis/conclusions/list-conclusions';
import type { Excerpt } from '../../analysis/conclusions/load-excerpts';
import type { NegativeEvidenceResult } from '../../analysis/conclusions/negative-evidence';
import {
  CONCLUSION_STATUSES,
  EVIDENCE_ROLES,
  TACTIC_KEYS,
} from '../../analysis/conclusions/tactics';
import type { ReportSources } from '../../report/report-sources';
import { id, offset, out } from '../contract-kit';
import type { ExportedFile } from '../exported-file';

export { CONCLUSION_STATUSES, EVIDENCE_ROLES, TACTIC_KEYS };
export type { ConclusionStatus, EvidenceRole, TacticKey } from '../../analysis/conclusions/tactics';
export type {
  ConclusionDetail,
  EvidenceItem,
  TacticItem,
} from '../../analysis/conclusions/list-conclusions';
export type { Excerpt } from '../../analysis/conclusions/load-excerpts';
export type {
  NegativeProposal,
  ProposalReason,
} from '../../analysis/conclusions/negative-evidence';
export type { Triangulation } from '../../analysis/conclusions/triangulation';
export type { ReportSources } from '../../report/report-sources';

const status = z.enum(CONCLUSION_STATUSES);
const text = z.string().max(20_000);
const sourceVariableId = id.nullable().optional();

export const conclusionsContract = {
  /** The conclusion ledger: each claim with its evidence, tactics and computed triangulation. */
  'conclusions.list': {
    input: z.object({ statuses: z.array(status).optional(), sourceVariableId }),
    output: out<ConclusionDetail[]>(),
  },
  /** Adds a claim to the ledger (tentative unless said otherwise). */
  'conclusions.create': {
    input: z.object({
      claim: z.string().trim().min(1).max(5000),
      status: status.optional(),
      rivalExplanations: text.optional(),
      note: text.optional(),
    }),
    output: out<ConclusionRow>(),
  },
  /** Edits a claim's text, status, rival explanations or note. */
  'conclusions.update': {
    input: z.object({
      id,
      claim: z.string().trim().min(1).max(5000).optional(),
      status: status.optional(),
      rivalExplanations: text.optional(),
      note: text.optional(),
    }),
    output: out<ConclusionRow>(),
  },
  /**
   * Moves a claim in the ledger to just before another (`beforeId`), or to the end (null); the
   * findings report follows the ledger's order. Returns the ledger's rows in their new order.
   */
  'conclusions.move': {
    input: z.object({ id, beforeId: id.nullable() }),
    output: out<ConclusionRow[]>(),
  },
  /** Deletes a claim with its evidence links and tactics (the excerpts stay). */
  'conclusions.delete': { input: z.object({ id }), output: z.null() },
  /** Links excerpts as supporting or negative evidence, or dismisses proposed ones. */
  'conclusions.setEvidence': {
    input: z.object({
      conclusionId: id,
      segmentIds: z.array(id).min(1).max(5000),
      role: z.enum(EVIDENCE_ROLES),
      note: text.optional(),
    }),
    output: out<EvidenceRow[]>(),
  },
  /** Unlinks an excerpt from a claim. */
  'conclusions.removeEvidence': {
    input: z.object({ conclusionId: id, segmentId: id }),
    output: z.null(),
  },
  /** Ticks a verification tactic and/or sets its note. */
  'conclusions.setTactic': {
    input: z.object({
      conclusionId: id,
      tactic: z.enum(TACTIC_KEYS),
      applied: z.boolean().optional(),
      note: text.optional(),
    }),
    output: out<TacticRow>(),
  },
  /** Proposes passages that may contradict a claim (other cases, obstacles, search terms). */
  'conclusions.proposeNegative': {
    input: z.object({
      conclusionId: id,
      obstacleCodeId: id.nullable().optional(),
      terms: z.array(z.string().max(200)).max(20).optional(),
    }),
    output: out<NegativeEvidenceResult>(),
  },
  /** Codes a proposed passage (chosen code, else the claim's first) and links it as negative. */
  'conclusions.acceptPassage': {
    input: z.object({
      conclusionId: id,
      documentId: id,
      start: offset,
      end: offset,
      codeId: id.optional(),
    }),
    output: out<EvidenceRow & { codeId: string }>(),
  },
  /** Coded excerpts to pick as evidence, by code and/or words in the quote. */
  'conclusions.findExcerpts': {
    input: z.object({
      codeId: id.optional(),
      text: z.string().max(500).optional(),
      documentId: id.optional(),
      limit: z.number().int().positive().max(1000).optional(),
    }),
    output: out<Excerpt[]>(),
  },
  /** What a report can include: saved displays and the document variables for source types. */
  'report.sources': { input: z.object({}), output: out<ReportSources>() },
  /** The findings report (codebook, displays, conclusions) as HTML, DOCX or Markdown. */
  'report.export': {
    input: z.object({
      format: z.enum(['html', 'docx', 'md']),
      language: z.enum(['en', 'id']),
      displayIds: z.array(id).max(500).optional(),
      statuses: z.array(status).optional(),
      omitCodebook: z.boolean().optional(),
      sourceVariableId,
    }),
    output: out<ExportedFile>(),
  },
} as const;
