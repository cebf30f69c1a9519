import { documents } from '../../db/schema';
import { documentBlocks } from '../documents/document-blocks';
import type { PmNode } from '../text/pm-node';
import { toCanonicalText } from '../text/to-canonical-text';
import type { MergeRun } from './merge-run';

/** Their document id → our text, when the two canonical texts differ and segments need re-anchoring. */
export type ChangedTexts = Map<string, { title: string; text: string }>;

/**
 * Matches documents by content hash (then by id), and copies the ones we lack whole: text,
 * tiptap document, page map and search index. Returns the matched documents whose canonical
 * text differs (another importer version), whose segments must be re-anchored.
 */
export function mergeDocuments(run: MergeRun): ChangedTexts {
  const ours = run.ctx.db
    .select({ id: documents.id, sha256: documents.sha256, title: documents.title })
    .from(documents)
    .all();
  const byId = new Map(ours.map((d) => [d.id, d]));
  const bySha = new Map<string, string[]>();
  for (const d of ours) bySha.set(d.sha256, [...(bySha.get(d.sha256) ?? []), d.id]);
  const changed: ChangedTexts = new Map();
  const ourText = run.ctx.db.$client.prepare('select text from documents where id = ?');
  let order = nextOrder(run);
  for (const theirs of run.source.select().from(documents).all()) {
    const sameSha = bySha.get(theirs.sha256) ?? [];
    const matchId = sameSha.includes(theirs.id)
      ? theirs.id
      : (sameSha[0] ?? (byId.has(theirs.id) ? theirs.id : undefined));
    if (matchId !== undefined) {
      run.maps.document.set(theirs.id, matchId);
      const text = (ourText.get(matchId) as { text: string }).text;
      if (text !== theirs.text) {
        changed.set(theirs.id, { title: byId.get(matchId)?.title ?? theirs.title, text });
      }
      continue;
    }
    const row = { ...theirs, id: run.freeId(documents, 'id', theirs.id), sortOrder: order++ };
    run.insert('document', documents, row, row.id);
    indexBlocks(run, row.id, row.text, row.docJson);
    run.maps.document.set(theirs.id, row.id);
  }
  return changed;
}

function nextOrder(run: MergeRun): number {
  const row = run.ctx.db.$client
    .prepare('select coalesce(max(sort_order), -1) + 1 as n from documents')
    .get() as { n: number };
  return row.n;
}

/** Indexes a copied document's blocks for search, as importing does. */
function indexBlocks(run: MergeRun, documentId: string, text: string, docJson: string): void {
  const { runs } = toCanonicalText(JSON.parse(docJson) as PmNode);
  const insert = run.ctx.db.$client.prepare(
    'insert into document_blocks_fts (document_id, block_start, block_end, text) values (?, ?, ?, ?)',
  );
  for (const block of documentBlocks(runs, text.length)) {
    insert.run(documentId, block.start, block.end, text.slice(block.start, block.end));
  }
}
