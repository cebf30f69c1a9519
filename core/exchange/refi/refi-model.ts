import type { IncomingCode } from '../codebook/codebook-entry';
import type { SkipReason } from './skip-reason';

/** A value of a variable on a source or a case. */
export interface RefiValue {
  variableGuid: string;
  value: string;
}

export interface RefiCoding {
  guid: string | null;
  codeGuid: string;
  creatingUser: string | null;
  noteRefs: string[];
}

/** A text selection in the tool's own unit; `name` often holds the selected text. */
export interface RefiSelection {
  guid: string | null;
  name: string;
  start: number;
  end: number;
  creatingUser: string | null;
  codings: RefiCoding[];
  noteRefs: string[];
  /** The selection's `<Description>`: a coding memo (QualCoder, MAXQDA) or a comment (ATLAS.ti). */
  description: string;
}

export interface RefiSource {
  guid: string | null;
  name: string;
  kind: 'txt' | 'pdf';
  /** The source's plain text as in the file (line ends untouched), or null when missing. */
  raw: string | null;
  /** Why the text is missing. */
  missing: SkipReason | null;
  selections: RefiSelection[];
  noteRefs: string[];
  values: RefiValue[];
}

export interface RefiCase {
  guid: string | null;
  name: string;
  description: string;
  values: RefiValue[];
  sourceRefs: string[];
}

export interface RefiVariable {
  guid: string;
  name: string;
  type: 'text' | 'number' | 'date' | 'boolean';
  /** The scope named in a Telaah export's description, if any. */
  scope: 'document' | 'case' | null;
}

export interface RefiNote {
  guid: string | null;
  name: string;
  text: string;
  creatingUser: string | null;
  /** The passage a note nests as a PlainTextSelection (QualCoder's annotations), tool's unit. */
  range: { start: number; end: number } | null;
}

export interface RefiSet {
  guid: string | null;
  name: string;
  description: string;
  codes: string[];
  sources: string[];
}

/** Something in the file that is not imported, and why (shown to the user). */
export interface Skipped {
  what: 'source' | 'selection' | 'note' | 'link' | 'graph' | 'set_member' | 'coding' | 'value';
  name: string;
  /** Why, in English (the CLI); `detail` is the same as a code the app localizes. */
  reason: string;
  detail: SkipReason;
}

/** A REFI-QDA project as read, before anything is matched to the open project. */
export interface RefiModel {
  name: string;
  origin: string;
  users: { guid: string; name: string }[];
  codes: IncomingCode[];
  codeNoteRefs: Map<string, string[]>;
  variables: RefiVariable[];
  cases: RefiCase[];
  sources: RefiSource[];
  notes: RefiNote[];
  sets: RefiSet[];
  projectNoteRefs: string[];
  skipped: Skipped[];
}
