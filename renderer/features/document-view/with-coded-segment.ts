import type { Output } from '../../../core/api/contract';
import { pageAt } from '../../../core/text/page-at';
import type { CodeItem, DocumentDetail, SegmentItem } from '../../app/workspace-store';

/**
 * The segment list with the server's answer to `segments.code` merged in (a new segment, or new
 * codes on one it had), in start order: the confirmed highlight can be drawn without waiting for
 * the whole list again.
 */
export function withCodedSegment(
  list: readonly SegmentItem[],
  coded: Output<'segments.code'>,
  doc: DocumentDetail,
  codes: readonly CodeItem[],
): SegmentItem[] {
  const paths = new Map(codes.map((c) => [c.id, c.path]));
  const item: SegmentItem = {
    id: coded.id,
    documentId: coded.documentId,
    documentTitle: doc.title,
    start: coded.start,
    end: coded.end,
    quote: coded.quote,
    prefix: coded.prefix,
    suffix: coded.suffix,
    coderId: coded.coderId,
    createdAt: coded.createdAt,
    updatedAt: coded.updatedAt,
    page: pageAt(doc.pageMap, coded.start),
    codeIds: coded.codeIds,
    codePaths: coded.codeIds.map((id) => paths.get(id) ?? id),
  };
  const rest = list.filter((s) => s.id !== coded.id);
  let at = rest.findIndex((s) => s.documentId === item.documentId && s.start > item.start);
  if (at < 0) at = rest.length;
  return [...rest.slice(0, at), item, ...rest.slice(at)];
}
