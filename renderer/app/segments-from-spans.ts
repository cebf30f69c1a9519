import type { Output } from '../../core/api/contract';
import { pageAt } from '../../core/text/page-at';
import { CONTEXT_CHARS } from '../../core/text/segment-spans';

type DocumentDetail = Output<'documents.get'>;
type CodeItem = Output<'codes.list'>[number];
type SegmentItem = Output<'segments.list'>[number];

/**
 * The document's segment list from its compact spans: quote and context are sliced from the text
 * the reader already holds, the page from its page map and code paths from the codebook, so a
 * long paper's ten thousand codings cross the wire as ids and numbers only.
 */
export function segmentsFromSpans(
  spans: Output<'segments.spans'>,
  doc: DocumentDetail,
  codes: readonly CodeItem[],
): SegmentItem[] {
  const paths = new Map(codes.map((c) => [c.id, c.path]));
  const { text } = doc;
  return spans.rows.map((row) => {
    const [id, start, end, coder, createdAt, updatedAt, ...codeIndexes] = row;
    const codeIds = codeIndexes.map((i) => spans.codeIds[i] ?? '');
    return {
      id,
      documentId: doc.id,
      documentTitle: doc.title,
      start,
      end,
      quote: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
      coderId: spans.coderIds[coder] ?? '',
      createdAt,
      updatedAt,
      page: pageAt(doc.pageMap, start),
      codeIds,
      codePaths: codeIds.map((codeId) => paths.get(codeId) ?? codeId),
    };
  });
}
