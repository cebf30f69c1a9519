import type { OffsetIssue } from './project-import-report';
import type { Skipped } from './refi-model';

/** Why something in a REFI-QDA file was not imported, as a code and its parameters. */
export type SkipReason =
  | { code: 'unsupportedSource'; kind: string }
  | { code: 'textFileMissing'; path: string }
  | { code: 'textFileOutside'; path: string }
  | { code: 'noText' }
  | { code: 'pdfNoText' }
  | { code: 'pdfAreaSelection' }
  | { code: 'linkNotImported' }
  | { code: 'graphNotImported' }
  | { code: 'noPositions' }
  | { code: 'uncoded' }
  | { code: 'codeMissing' }
  | { code: 'duplicateText'; title: string }
  | { code: 'memberMissing' }
  | { code: 'variableMissing' }
  | { code: 'invalidValue'; type: string };

/** The English sentence for a reason (the CLI and `Skipped.reason`); the app localizes codes. */
export function describeSkip(reason: SkipReason): string {
  switch (reason.code) {
    case 'unsupportedSource':
      return `${reason.kind} is not supported`;
    case 'textFileMissing':
      return `its text file ${reason.path} is not in the archive`;
    case 'textFileOutside':
      return `its text file ${reason.path} is outside the archive`;
    case 'noText':
      return 'it has no plain text';
    case 'pdfNoText':
      return 'the PDF has no text representation';
    case 'pdfAreaSelection':
      return 'PDF area selections are not imported';
    case 'linkNotImported':
      return 'links between codes or sources are not imported';
    case 'graphNotImported':
      return 'graphs are not imported';
    case 'noPositions':
      return 'it has no valid positions';
    case 'uncoded':
      return 'it has no code and no memo';
    case 'codeMissing':
      return 'its code is not in the codebook';
    case 'duplicateText':
      return `the same text is already in the project as “${reason.title}”`;
    case 'memberMissing':
      return 'its member was not imported';
    case 'variableMissing':
      return 'its variable is not defined';
    case 'invalidValue':
      return `it is not a valid ${reason.type}`;
  }
}

/** A Skipped entry with its English reason filled in from the code. */
export function skipped(what: Skipped['what'], name: string, detail: SkipReason): Skipped {
  return { what, name, reason: describeSkip(detail), detail };
}

/** The English sentence for an offset issue (the CLI). */
export function describeOffsetIssue(issue: OffsetIssue): string {
  switch (issue.kind) {
    case 'clamped':
      return `positions ${issue.start}–${issue.end} lie outside the text (length ${issue.length}); cut to fit`;
    case 'relocated':
      return 'its positions did not hold its quote; moved onto the quote';
    case 'unverified':
      return 'its positions did not hold its quote, and the quote was not found once; kept as positioned';
    case 'empty':
      return 'empty once converted; not imported';
  }
}
