/** Every entity type a merge can add or change, in the order a merge writes them. */
export const MERGE_ENTITIES = [
  'coder',
  'document',
  'variable',
  'case',
  'case_document',
  'document_value',
  'case_value',
  'code',
  'segment',
  'coding',
  'memo',
  'code_link',
  'set',
  'set_member',
  'saved_query',
  'summary',
  'summary_segment',
  'display',
  'matrix_entry',
  'matrix_entry_segment',
  'conclusion',
  'conclusion_evidence',
  'conclusion_tactic',
  'comment',
] as const;

export type MergeEntity = (typeof MERGE_ENTITIES)[number];

/** How the user settles one conflict: keep our row, take theirs, or keep both (renamed codes). */
export type MergeChoice = 'ours' | 'theirs' | 'both';

/** The same thing changed differently in the two projects. */
export interface MergeConflict {
  /** Stable across preview and apply: `<file index>:<entity>:<their key>`. */
  key: string;
  /** The project file the other side comes from. */
  file: string;
  entity: MergeEntity;
  /** What differs, e.g. `code` (same id), `code_path` (same name path), `memo`, `value`. */
  kind: string;
  /** A name the user recognizes: a code path, a memo title, `document · variable`. */
  label: string;
  /** The differing fields only, ours and theirs. */
  ours: Record<string, unknown>;
  theirs: Record<string, unknown>;
  /** What the user may choose here; the first is the default. */
  choices: MergeChoice[];
  /** What this merge does (or did) with it. */
  resolution: MergeChoice;
}

/** A segment whose document text differs and whose quote could not be found again. */
export interface UnplaceableSegment {
  file: string;
  segmentId: string;
  document: string;
  coder: string;
  quote: string;
  /** The codes it carried, by name path. */
  codes: string[];
}

/** A row of the other project that the merge did not carry, and why. */
export interface NotMerged {
  file: string;
  entity: MergeEntity;
  id: string;
  label: string;
  /** The kind of row it points at that was not merged (e.g. an unplaceable `segment`). */
  missing: MergeEntity;
  /** The same in English, for the CLI. */
  reason: string;
}

/** What a merge added, changed, left for the user, and could not carry. */
export interface MergeReport {
  files: string[];
  added: Record<MergeEntity, number>;
  updated: Record<MergeEntity, number>;
  conflicts: MergeConflict[];
  unplaceable: UnplaceableSegment[];
  notMerged: NotMerged[];
  /** False for a preview: nothing was written. */
  applied: boolean;
}

/** A report with every count at zero. */
export function emptyReport(files: string[], applied: boolean): MergeReport {
  const zero = () =>
    Object.fromEntries(MERGE_ENTITIES.map((e) => [e, 0])) as Record<MergeEntity, number>;
  return {
    files,
    added: zero(),
    updated: zero(),
    conflicts: [],
    unplaceable: [],
    notMerged: [],
    applied,
  };
}
