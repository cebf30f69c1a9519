import type { Ctx } from '../../context';
import { codeFacts, type CodeFacts } from './code-facts';
import type { CodingColumns } from './coding-columns';
import { codingReaches, type CodingReaches } from './coding-reaches';
import type { CooccurrenceOptions } from './cooccurrence-options';
import { loadCodingColumns } from './load-coding-columns';

/** A code of the table with how often it is applied at all. */
export interface CooccurrenceCode extends CodeFacts {
  /** Codings of the code under the filter (n1 of the c-coefficient). */
  codings: number;
  documents: number;
}

/** Two codes that co-occur (codeA before codeB in the table's code order). */
export interface CooccurrencePair {
  codeA: string;
  codeB: string;
  /** Pairs of co-occurring codings (n12). */
  count: number;
  /** Documents with at least one such pair. */
  documents: number;
  /** n12 / (n1 + n2 − n12), as ATLAS.ti reports it; 0–1 when codings of a code do not overlap. */
  c: number;
}

export interface CooccurrenceTable {
  codes: CooccurrenceCode[];
  pairs: CooccurrencePair[];
}

/** Code-by-code co-occurrence under the options: counts, documents and c-coefficients. */
export function cooccurrence(ctx: Ctx, options: CooccurrenceOptions = {}): CooccurrenceTable {
  // One read transaction: the codebook, the codings and the texts are of one moment.
  return ctx.db.$client.transaction(() => {
    const facts = codeFacts(ctx, options.codeIds);
    const columns = loadCodingColumns(ctx, options, new Map(facts.map((f, i) => [f.id, i])));
    const reaches = codingReaches(ctx, columns, options.proximity ?? { mode: 'overlap' });
    return tableOf(facts, countCooccurrences(columns, reaches, facts.length));
  })();
}

interface Counts {
  /** Codings and documents per code. */
  codings: Int32Array;
  codeDocuments: Int32Array;
  /** Co-occurring pairs and their documents per code pair a·n + b, a < b. */
  pairs: Int32Array;
  pairDocuments: Int32Array;
}

/**
 * Sweeps each document's codings in order of reach: a coding co-occurs with the ones after it
 * that start before its reach ends. Documents are counted by noticing when the last document
 * seen for a code or a pair changes, as the sweep finishes one document before the next.
 */
function countCooccurrences(columns: CodingColumns, reaches: CodingReaches, n: number): Counts {
  const { code, documentEnd } = columns;
  const { lo, hi } = reaches;
  const codings = new Int32Array(n);
  const codeDocuments = new Int32Array(n);
  const codeLastDocument = new Int32Array(n).fill(-1);
  const pairs = new Int32Array(n * n);
  const pairDocuments = new Int32Array(n * n);
  const pairLastDocument = new Int32Array(n * n).fill(-1);
  let from = 0;
  for (let d = 0; d < documentEnd.length; d++) {
    const to = documentEnd[d] ?? from;
    for (let i = from; i < to; i++) {
      const a = code[i] ?? 0;
      codings[a] = (codings[a] ?? 0) + 1;
      if (codeLastDocument[a] !== d) {
        codeLastDocument[a] = d;
        codeDocuments[a] = (codeDocuments[a] ?? 0) + 1;
      }
      const reach = hi[i] ?? 0;
      for (let j = i + 1; j < to && (lo[j] ?? 0) < reach; j++) {
        const b = code[j] ?? 0;
        if (a === b) continue;
        const key = a < b ? a * n + b : b * n + a;
        pairs[key] = (pairs[key] ?? 0) + 1;
        if (pairLastDocument[key] !== d) {
          pairLastDocument[key] = d;
          pairDocuments[key] = (pairDocuments[key] ?? 0) + 1;
        }
      }
    }
    from = to;
  }
  return { codings, codeDocuments, pairs, pairDocuments };
}

function tableOf(facts: readonly CodeFacts[], counts: Counts): CooccurrenceTable {
  const n = facts.length;
  const pairs: CooccurrencePair[] = [];
  counts.pairs.forEach((n12, key) => {
    if (n12 === 0) return;
    const ia = Math.floor(key / n);
    const ib = key % n;
    const denominator = (counts.codings[ia] ?? 0) + (counts.codings[ib] ?? 0) - n12;
    pairs.push({
      codeA: facts[ia]?.id ?? '',
      codeB: facts[ib]?.id ?? '',
      count: n12,
      documents: counts.pairDocuments[key] ?? 0,
      c: denominator > 0 ? Math.min(1, n12 / denominator) : 1,
    });
  });
  return {
    codes: facts.map((f, i) => ({
      ...f,
      codings: counts.codings[i] ?? 0,
      documents: counts.codeDocuments[i] ?? 0,
    })),
    pairs,
  };
}
