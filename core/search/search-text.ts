import type { Ctx } from '../context';
import { pageAt } from '../text/page-at';
import type { PageStart } from '../text/to-canonical-text';
import { findTermHits } from './find-term-hits';
import { foldText } from './fold-text';
import { makeSnippet } from './make-snippet';
import { parseSearchQuery, toFtsQuery } from './parse-search-query';

/** One occurrence of a search term, precise enough to be coded with codeRange. */
export interface SearchHit {
  documentId: string;
  title: string;
  /** UTF-16 offsets into the document's canonical text. */
  start: number;
  end: number;
  page: { page: number; label: string | null } | null;
  snippet: string;
}

interface BlockRow {
  documentId: string;
  blockStart: number;
  blockEnd: number;
}

interface DocText {
  title: string;
  text: string;
  pageMap: PageStart[] | null;
}

/**
 * Finds blocks containing every word and "quoted phrase" of the query, ignoring case and
 * diacritics, and returns each occurrence with exact offsets, page and snippet, in import order
 * then text order. A query without letters or digits finds nothing.
 */
export function searchText(ctx: Ctx, query: string, options: { limit?: number } = {}): SearchHit[] {
  const terms = parseSearchQuery(query);
  if (terms.length === 0) return [];
  const limit = options.limit ?? 100;
  // Index order is import order, block by block, so the scan stops as soon as the limit is met.
  const blocks = ctx.db.$client
    .prepare(
      `select document_id as documentId, block_start as blockStart, block_end as blockEnd
         from document_blocks_fts where document_blocks_fts match ? order by rowid`,
    )
    .iterate(toFtsQuery(terms)) as IterableIterator<BlockRow>;
  const docs = new Map<string, DocText>();
  const hits: SearchHit[] = [];
  for (const block of blocks) {
    const doc = docs.get(block.documentId) ?? loadDoc(ctx, block.documentId);
    docs.set(block.documentId, doc);
    const folded = foldText(doc.text.slice(block.blockStart, block.blockEnd));
    for (const { start, end } of findTermHits(folded, terms, block.blockStart)) {
      hits.push({
        documentId: block.documentId,
        title: doc.title,
        start,
        end,
        page: pageAt(doc.pageMap, start),
        snippet: makeSnippet(doc.text, start, end),
      });
      if (hits.length >= limit) return hits;
    }
  }
  return hits;
}

function loadDoc(ctx: Ctx, id: string): DocText {
  const row = ctx.db.$client
    .prepare('select title, text, page_map as pageMap from documents where id = ?')
    .get(id) as { title: string; text: string; pageMap: string | null };
  return {
    ...row,
    pageMap: row.pageMap === null ? null : (JSON.parse(row.pageMap) as PageStart[]),
  };
}
