/**
 * Codings as parallel typed arrays, grouped by document and ordered by start within each, so a
 * sweep reads them in place: no object per coding, no sort of its own.
 */
export interface CodingColumns {
  length: number;
  /** Index of each coding's code in the code list the columns were built for. */
  code: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** Index of each coding in the order it was added (to find the caller's own record). */
  source: Int32Array;
  /** The documents in column order. */
  documentIds: string[];
  /** Document d's codings are [documentEnd[d - 1] (0 for the first), documentEnd[d]). */
  documentEnd: Int32Array;
}

/** Collects codings in any order and lays them out as `CodingColumns`. */
export class CodingColumnsBuilder {
  private length = 0;
  private documentNumber = new Int32Array(1024);
  private code = new Int32Array(1024);
  private start = new Int32Array(1024);
  private end = new Int32Array(1024);
  private readonly documentIds: string[] = [];
  private readonly documentIndex = new Map<string, number>();

  /** The number of a document, numbering it on first sight. */
  document(documentId: string): number {
    let d = this.documentIndex.get(documentId);
    if (d === undefined) {
      d = this.documentIds.length;
      this.documentIds.push(documentId);
      this.documentIndex.set(documentId, d);
    }
    return d;
  }

  /** Adds one coding of a document numbered by `document`; `code` indexes the caller's codes. */
  add(document: number, start: number, end: number, code: number): void {
    if (this.length === this.code.length) this.grow();
    const at = this.length++;
    this.documentNumber[at] = document;
    this.code[at] = code;
    this.start[at] = start;
    this.end[at] = end;
  }

  /** The columns, sorted by document (in order of first appearance), then start, then arrival. */
  finish(): CodingColumns {
    const n = this.length;
    // A stable radix sort: by start, 11 bits a pass, then by document.
    let order = new Int32Array(n);
    let maxStart = 0;
    for (let i = 0; i < n; i++) {
      order[i] = i;
      maxStart = Math.max(maxStart, this.start[i] ?? 0);
    }
    const digit = new Int32Array(n);
    for (let shift = 0; shift < 32 && (shift === 0 || maxStart >>> shift > 0); shift += 11) {
      for (let i = 0; i < n; i++) digit[i] = ((this.start[i] ?? 0) >>> shift) & 2047;
      order = countingSort(order, digit, new Int32Array(2048));
    }
    const documentEnd = new Int32Array(this.documentIds.length);
    const source = countingSort(order, this.documentNumber, documentEnd);
    const code = new Int32Array(n);
    const start = new Int32Array(n);
    const end = new Int32Array(n);
    for (let at = 0; at < n; at++) {
      const i = source[at] ?? 0;
      code[at] = this.code[i] ?? 0;
      start[at] = this.start[i] ?? 0;
      end[at] = this.end[i] ?? 0;
    }
    return { length: n, code, start, end, source, documentIds: this.documentIds, documentEnd };
  }

  private grow(): void {
    const bigger = (from: Int32Array): Int32Array<ArrayBuffer> => {
      const to = new Int32Array(from.length * 2);
      to.set(from);
      return to;
    };
    this.documentNumber = bigger(this.documentNumber);
    this.code = bigger(this.code);
    this.start = bigger(this.start);
    this.end = bigger(this.end);
  }
}

/**
 * `order` stably sorted by `key[i]` (each below `ends.length`); `ends` receives where each
 * key's run ends.
 */
function countingSort(
  order: Int32Array,
  key: Int32Array,
  ends: Int32Array,
): Int32Array<ArrayBuffer> {
  const n = order.length;
  for (let at = 0; at < n; at++) {
    const k = key[order[at] ?? 0] ?? 0;
    ends[k] = (ends[k] ?? 0) + 1;
  }
  const next = new Int32Array(ends.length);
  for (let k = 0, sum = 0; k < ends.length; k++) {
    next[k] = sum;
    sum += ends[k] ?? 0;
    ends[k] = sum;
  }
  const sorted = new Int32Array(n);
  for (let from = 0; from < n; from++) {
    const i = order[from] ?? 0;
    const k = key[i] ?? 0;
    const to = next[k] ?? 0;
    next[k] = to + 1;
    sorted[to] = i;
  }
  return sorted;
}
