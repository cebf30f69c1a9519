import type { Output } from '../../../core/api/contract';

export type SearchHit = Output<'search.text'>[number];

export interface HitGroup {
  documentId: string;
  title: string;
  /** Each hit with its index in the flat result list. */
  hits: { hit: SearchHit; index: number }[];
}

/** Hits grouped by document, keeping the backend's order of documents and of hits. */
export function groupHits(hits: readonly SearchHit[]): HitGroup[] {
  const groups = new Map<string, HitGroup>();
  hits.forEach((hit, index) => {
    let group = groups.get(hit.documentId);
    if (group === undefined) {
      group = { documentId: hit.documentId, title: hit.title, hits: [] };
      groups.set(hit.documentId, group);
    }
    group.hits.push({ hit, index });
  });
  return [...groups.values()];
}

/** A stable key for a hit. */
export function hitKey(hit: Pick<SearchHit, 'documentId' | 'start' | 'end'>): string {
  return `${hit.documentId}:${hit.start}:${hit.end}`;
}
