import { keepLineEndHyphen } from './keep-line-end-hyphen';
import type { BlockPart, LayoutBlock, PageBreakPart } from './layout-block';
import type { LayoutLine } from './layout-line';
import { continuesUrl, nextRunningToken } from './line-end-url';
import { isListItemStart, stripBullet } from './list-item-start';
import { countWords, type WordFrequency } from './word-frequency';

export interface PageInfo {
  count: number;
  labels: ReadonlyMap<number, string>;
}

const HYPHEN_END = /([\p{L}\p{N}]+)-$/u;
const DASH_END = /\p{L}–$/u;
const FIRST_WORD = /^([\p{L}\p{N}]+)(.*)$/su;

/** A block being built: text since the last page marker is kept in pieces and joined once. */
interface OpenBlock {
  block: LayoutBlock;
  pieces: string[];
  /** The unbroken token the text ends with, which decides how the next line joins. */
  token: string;
}

/**
 * Joins lines into paragraphs and headings, repairs words hyphenated at line ends (deciding from a
 * document-wide word count) and puts a page marker where each page's text begins.
 */
export function buildBlocks(lines: readonly LayoutLine[], pages: PageInfo): LayoutBlock[] {
  const words = countWords(lines.map((line) => line.text));
  const blocks: LayoutBlock[] = [];
  let open: OpenBlock | null = null;
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
    if (open === null || previous === null || startsNewBlock(line, previous)) {
      if (open !== null) closeBlock(open);
      open = openBlock(line, markers, text);
      blocks.push(open.block);
    } else {
      appendLine(open, text, markers, words);
    }
    previous = line;
  }
  if (open !== null) closeBlock(open);
  const rest = markersUpTo(pages.count);
  if (rest.length > 0) {
    const last = blocks[blocks.length - 1];
    if (last === undefined) blocks.push({ kind: 'paragraph', level: 0, parts: rest });
    else last.parts.push(...rest);
  }
  return blocks;
}

function startsNewBlock(line: LayoutLine, previous: LayoutLine): boolean {
  if (line.breakBefore || isListItemStart(line.text)) return true;
  return line.heading !== previous.heading;
}

function openBlock(line: LayoutLine, markers: BlockPart[], text: string): OpenBlock {
  const block: LayoutBlock = {
    kind: line.heading === null ? 'paragraph' : 'heading',
    level: line.heading ?? 0,
    parts: markers,
  };
  return { block, pieces: [text], token: nextRunningToken('', text, false) };
}

function appendLine(
  open: OpenBlock,
  text: string,
  markers: PageBreakPart[],
  words: WordFrequency,
): void {
  // A URL or a dash compound broken at the line end continues without a space.
  const glued = continuesUrl(open.token, text) || DASH_END.test(open.token);
  const left = glued ? undefined : HYPHEN_END.exec(open.token)?.[1];
  const first = left === undefined ? null : FIRST_WORD.exec(text);
  if (left === undefined || first === null) {
    if (!glued) open.pieces.push(' ');
    addMarkers(open, markers);
    open.pieces.push(text);
    open.token = nextRunningToken(open.token, text, glued);
    return;
  }
  const right = first[1] ?? '';
  let token = open.token;
  if (!keepLineEndHyphen(left, right, words)) {
    const lastIndex = open.pieces.length - 1;
    open.pieces[lastIndex] = (open.pieces[lastIndex] ?? '').slice(0, -1);
    token = token.slice(0, -1);
  }
  open.pieces.push(right);
  addMarkers(open, markers);
  const rest = first[2] ?? '';
  open.pieces.push(rest);
  open.token = nextRunningToken(token + right, rest, true);
}

function addMarkers(open: OpenBlock, markers: readonly PageBreakPart[]): void {
  if (markers.length === 0) return;
  flushPieces(open);
  open.block.parts.push(...markers);
}

function flushPieces(open: OpenBlock): void {
  const text = open.pieces.join('');
  if (text.length > 0) open.block.parts.push(text);
  open.pieces = [];
}

function closeBlock(open: OpenBlock): void {
  flushPieces(open);
}
