import type { CodebookEntry } from '../codebook/codebook-entry';
import { describeCode } from '../codebook/describe-code';
import { refiGuid } from './refi-guid';
import type { XmlNode } from './xml-writer';

/**
 * The `<Code>` elements of a codebook, nested as the tree. The definition and criteria go into
 * `<Description>`; `noteRefs` adds `<NoteRef>`s (project files only).
 */
export function codeElements(
  entries: readonly CodebookEntry[],
  noteRefs: (codeId: string) => XmlNode[] = () => [],
): XmlNode[] {
  const byParent = new Map<string | null, CodebookEntry[]>();
  for (const e of entries) {
    const list = byParent.get(e.code.parentId) ?? [];
    list.push(e);
    byParent.set(e.code.parentId, list);
  }
  const build = (parentId: string | null): XmlNode[] =>
    (byParent.get(parentId) ?? []).map(({ code }) => {
      const description = describeCode(code);
      return {
        name: 'Code',
        attrs: {
          guid: refiGuid(code.id),
          name: code.name,
          isCodable: code.codable,
          color: /^#[0-9a-f]{6}$/iu.test(code.color) ? code.color.toUpperCase() : undefined,
        },
        children: [
          description === '' ? null : { name: 'Description', text: description },
          ...noteRefs(code.id),
          ...build(code.id),
        ],
      };
    });
  return build(null);
}
