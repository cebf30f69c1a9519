import type { Ctx } from '../../context';
import { codeFacts, type CodeFacts } from './code-facts';
import type { CooccurrenceOptions } from './cooccurrence-options';
import { loadCodings } from './load-codings';
import { sweepCooccurrences } from './sweep-cooccurrences';

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
  const facts = codeFacts(ctx, options.codeIds);
  const index = new Map(facts.map((f, i) => [f.id, i]));
  // The codes' own filter narrows the rows; without one every coding is wanted anyway.
  const codings = loadCodings(ctx, options);
  const n = facts.length;
  const perCode = facts.map(() => ({ codings: 0, documents: new Set<string>() }));
  for (const c of codings) {
    const tally = perCode[index.get(c.codeId) ?? -1];
    if (tally === undefined) continue;
    tally.codings += 1;
    tally.documents.add(c.documentId);
  }
  // Flat arrays by pair index; the sweep finishes one document before the next, so a pair's
  // documents are counted by noticing when its last document changes.
  const count = new Int32Array(n * n);
  const documents = new Int32Array(n * n);
  const lastDocument: (string | undefined)[] = new Array<string | undefined>(n * n);
  sweepCooccurrences(ctx, codings, options.proximity ?? { mode: 'overlap' }, (a, b) => {
    const ia = index.get(a.codeId);
    const ib = index.get(b.codeId);
    if (ia === undefined || ib === undefined) return;
    const key = Math.min(ia, ib) * n + Math.max(ia, ib);
    count[key] = (count[key] ?? 0) + 1;
    if (lastDocument[key] !== a.documentId) {
      lastDocument[key] = a.documentId;
      documents[key] = (documents[key] ?? 0) + 1;
    }
  });
  const pairs: CooccurrencePair[] = [];
  count.forEach((n12, key) => {
    if (n12 === 0) return;
    const ia = Math.floor(key / n);
    const ib = key % n;
    const denominator = (perCode[ia]?.codings ?? 0) + (perCode[ib]?.codings ?? 0) - n12;
    pairs.push({
      codeA: facts[ia]?.id ?? '',
      codeB: facts[ib]?.id ?? '',
      count: n12,
      documents: documents[key] ?? 0,
      c: denominator > 0 ? Math.min(1, n12 / denominator) : 1,
    });
  });
  return {
    codes: facts.map((f, i) => ({
      ...f,
      codings: perCode[i]?.codings ?? 0,
      documents: perCode[i]?.documents.size ?? 0,
    })),
    pairs,
  };
}
