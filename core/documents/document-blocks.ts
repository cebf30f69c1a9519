import { BLOCK_SEPARATOR, type TextRun } from '../text/to-canonical-text';

/** A block of the canonical text: [start, end) between block separators. */
export interface TextBlock {
  start: number;
  end: number;
}

/** The blocks of a canonical text, read from the walker's runs (separator runs have no position). */
export function documentBlocks(runs: readonly TextRun[], textLength: number): TextBlock[] {
  const blocks: TextBlock[] = [];
  let start = 0;
  for (const run of runs) {
    if (run.pos !== null || run.text !== BLOCK_SEPARATOR) continue;
    if (run.start > start) blocks.push({ start, end: run.start });
    start = run.start + run.text.length;
  }
  if (textLength > start) blocks.push({ start, end: textLength });
  return blocks;
}
