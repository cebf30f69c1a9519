import { keepLineEndHyphen } from './keep-line-end-hyphen';
import type { LayoutBlock, PageBreakPart } from './layout-block';
import type { LayoutLine } from './layout-line';
import { isListItemStart, stripBullet } from './list-item-start';
import { countWords, type WordFrequency } from './word-frequency';

export interface PageInfo {
  count: number;
  labels: ReadonlyMap<number, string>;
}

const HYPHEN_END = /([\p{L}\p{N}]+)-$/u;
const URL_TAIL = /(?:https?:|www\.|doi\.org)\S*[/.\-:=?&_–]$/u;
const DASH_END = /\p{L}–$/u;
const FIRST_WORD = /^([\p{L}\p{N}]+)(.*)$/su;

/**
 * Joins lines into paragraphs and headings, repairs words hyphenated at line ends (deciding from a
 * document-wide word count) and puts a page marker where each page's text begins.
 */
export function buildBlocks(lines: readonly LayoutLine[], pages: PageInfo): LayoutBlock[] {
  const words = countWords(lines.map((line) => line.text));
  const blocks: LayoutBlock[] = [];
  let current: LayoutBlock | null = null;
  let previous: LayoutLine | null = null;
  let page = 0;
  const markersUpTo = (last: number): PageBreakPart[] => {
    const markers: PageBreakPart[] = [];
    for (; page < last;) {
      page++;
      markers.push({ page, label: pages.labels.get(page) ?? null });
    }
    return markers;
  };
  for (const line of lines) {
    const text = stripBullet(line.text);
    if (text.length === 0) continue;
    const markers = markersUpTo(line.page);
    if (current === null || previous === null || startsNewBlock(line, previous)) {
      current = {
        kind: line.heading === null ? 'paragraph' : 'heading',
        level: line.heading ?? 0,
        parts: [...markers, text],
      };
      blocks.push(current);
    } else {
      appendLine(current, text, markers, words);
    }
    previous = line;
  }
  const rest = markersUpTo(pages.count);
  if (rest.length > 0) {
    if (current === null) blocks.push({ kind: 'paragraph', level: 0, parts: rest });
    else current.parts.push(...rest);
  }
  return blocks;
}

function startsNewBlock(line: LayoutLine, previous: LayoutLine): boolean {
  if (line.breakBefore || isListItemStart(line.text)) return true;
  return line.heading !== previous.heading;
}

function appendLine(
  block: LayoutBlock,
  text: string,
  markers: PageBreakPart[],
  words: WordFrequency,
): void {
  const last = block.parts[block.parts.length - 1];
  const tail = typeof last === 'string' ? last : '';
  const left = HYPHEN_END.exec(tail)?.[1];
  const first = FIRST_WORD.exec(text);
  const glued = URL_TAIL.test(tail) || DASH_END.test(tail);
  if (glued || left === undefined || first === null) {
    // A URL or a dash compound broken at the line end continues without a space.
    block.parts.push(glued ? '' : ' ', ...markers, text);
  } else {
    const right = first[1] ?? '';
    const keep = keepLineEndHyphen(left, right, words);
    if (!keep) block.parts[block.parts.length - 1] = tail.slice(0, -1);
    block.parts.push(right, ...markers, first[2] ?? '');
  }
  mergeTextParts(block);
}

/** Adjacent strings are merged so the last part is always the running text of the block. */
function mergeTextParts(block: LayoutBlock): void {
  const merged: typeof block.parts = [];
  for (const part of block.parts) {
    const prev = merged[merged.length - 1];
    if (typeof part === 'string' && typeof prev === 'string')
      merged[merged.length - 1] = prev + part;
    else if (part !== '') merged.push(part);
  }
  block.parts = merged;
}
