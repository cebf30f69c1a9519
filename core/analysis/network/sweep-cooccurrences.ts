import type { Ctx } from '../../context';
import type { Proximity } from './cooccurrence-options';
import type { CodingSpan } from './load-codings';
import { paragraphSpan, paragraphStarts } from './paragraph-bounds';

interface Reach {
  coding: CodingSpan;
  lo: number;
  hi: number;
}

/**
 * Calls `pair` once for every two codings of different codes in one document that co-occur
 * under `proximity`: each coding reaches over a range (its own, widened by N characters, or its
 * paragraphs) and two codings co-occur where their reaches overlap. A sweep over each document's
 * codings sorted by start, so the cost follows the number of co-occurring pairs.
 */
export function sweepCooccurrences(
  ctx: Ctx,
  codings: readonly CodingSpan[],
  proximity: Proximity,
  pair: (a: CodingSpan, b: CodingSpan) => void,
): void {
  const byDocument = new Map<string, CodingSpan[]>();
  for (const c of codings) {
    const list = byDocument.get(c.documentId);
    if (list === undefined) byDocument.set(c.documentId, [c]);
    else list.push(c);
  }
  const paragraphs =
    proximity.mode === 'paragraph' ? loadParagraphs(ctx, [...byDocument.keys()]) : null;
  // Offsets are integers: reaching N + 1 past the end takes in codings at most N characters away.
  const widen = proximity.mode === 'near' ? proximity.chars + 1 : 0;
  for (const [documentId, list] of byDocument) {
    const text = paragraphs?.get(documentId);
    const reaches: Reach[] = list.map((coding) => {
      if (text !== undefined) {
        return { coding, ...paragraphSpan(text.starts, text.length, coding.start, coding.end) };
      }
      return { coding, lo: coding.start, hi: coding.end + widen };
    });
    reaches.sort((x, y) => x.lo - y.lo);
    reaches.forEach((a, i) => {
      for (let j = i + 1; j < reaches.length; j++) {
        const b = reaches[j];
        if (b === undefined || b.lo >= a.hi) break;
        if (a.coding.codeId !== b.coding.codeId) pair(a.coding, b.coding);
      }
    });
  }
}

function loadParagraphs(
  ctx: Ctx,
  documentIds: string[],
): Map<string, { starts: number[]; length: number }> {
  const rows = ctx.db.$client
    .prepare('select id, text from documents where id in (select value from json_each(?))')
    .raw(true)
    .all(JSON.stringify(documentIds)) as [string, string][];
  return new Map(
    rows.map(([id, text]) => [id, { starts: paragraphStarts(text), length: text.length }]),
  );
}
