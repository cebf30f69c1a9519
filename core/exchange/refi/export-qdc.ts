import { asc } from 'drizzle-orm';
import { setMembers, sets } from '../../../db/schema';
import type { Ctx } from '../../context';
import { listCodebook } from '../codebook/codebook-entry';
import { codeElements } from './codebook-xml';
import { refiGuid } from './refi-guid';
import { writeXml, type XmlNode } from './xml-writer';

export const ORIGIN = 'Telaah';

/** The codebook as a REFI-QDA `.qdc` (Codebook.xsd): the code tree and the sets of codes. */
export function exportQdc(ctx: Ctx): string {
  const entries = listCodebook(ctx);
  const codes = codeElements(entries);
  return writeXml({
    name: 'CodeBook',
    attrs: { xmlns: 'urn:QDA-XML:codebook:1.0', origin: ORIGIN },
    children: [{ name: 'Codes', children: codes }, codeSets(ctx)],
  });
}

function codeSets(ctx: Ctx): XmlNode | null {
  const members = ctx.db.select().from(setMembers).all();
  const list = ctx.db
    .select()
    .from(sets)
    .orderBy(asc(sets.createdAt))
    .all()
    .map((set) => ({
      set,
      codes: members.filter((m) => m.setId === set.id && m.memberType === 'code'),
    }))
    .filter((s) => s.codes.length > 0);
  if (list.length === 0) return null;
  return {
    name: 'Sets',
    children: list.map(({ set, codes }) => ({
      name: 'Set',
      attrs: { guid: refiGuid(set.id), name: set.name },
      children: [
        set.description === '' ? null : { name: 'Description', text: set.description },
        ...codes.map((m) => ({ name: 'MemberCode', attrs: { guid: refiGuid(m.memberId) } })),
      ],
    })),
  };
}
