import type { CodebookPlan } from '../codebook/plan-codebook-import';
import type { Skipped } from './refi-model';

/** A selection whose offsets needed help: clamped into the text, or moved onto its quote. */
export interface OffsetIssue {
  source: string;
  /** The selection's name (often its text) as the file gives it. */
  selection: string;
  kind: 'clamped' | 'relocated' | 'unverified' | 'empty';
}

/** What a project import did. */
export interface ProjectImportReport {
  origin: string;
  /** How positions were read: e.g. "NVivo (UTF-16, CRLF = 2)". */
  offsetUnit: string;
  counts: {
    documents: number;
    codesAdded: number;
    codesMatched: number;
    segments: number;
    codings: number;
    memos: number;
    cases: number;
    variables: number;
    values: number;
    sets: number;
    coders: number;
  };
  codebook: CodebookPlan;
  offsetIssues: OffsetIssue[];
  skipped: Skipped[];
}
