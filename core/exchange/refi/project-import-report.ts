import type { CodebookPlan } from '../codebook/plan-codebook-import';
import type { Skipped } from './refi-model';

/**
 * A selection whose offsets needed help: clamped into the text, moved onto its quote, not
 * checkable against a quote, or empty once converted. `start`, `end` and `length` are in the
 * tool's own unit, as the file gives them (for clamped ones: what was out of range).
 */
export interface OffsetIssue {
  source: string;
  /** The selection's name (often its text) as the file gives it; '' when it has none. */
  selection: string;
  kind: 'clamped' | 'relocated' | 'unverified' | 'empty';
  start: number;
  end: number;
  /** The text's length in the tool's unit. */
  length: number;
}

/** How positions were read: the unit and whether a Windows line end counts once or twice. */
export interface PositionUnit {
  unit: 'codepoint' | 'utf16';
  crlf: 'one' | 'two';
}

/** What a project import did. */
export interface ProjectImportReport {
  origin: string;
  /** How positions were read, in English: e.g. "NVivo (UTF-16, CRLF = 2)". */
  offsetUnit: string;
  /** The same, as data, for a localized display. */
  positions: PositionUnit;
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
