import { strToU8, zipSync } from 'fflate';
import { asc } from 'drizzle-orm';
import {
  caseDocuments,
  cases,
  caseValues,
  coders,
  codings,
  documents,
  documentValues,
  memos,
  segments,
  setMembers,
  sets,
  variables,
} from '../../../db/schema';
import type { Ctx } from '../../context';
import { listCodebook } from '../codebook/codebook-entry';
import { codeElements } from './codebook-xml';
import { ORIGIN } from './export-qdc';
import { codePointMapper } from './offset-unit';
import { refiGuid } from './refi-guid';
import { writeXml, type XmlNode } from './xml-writer';

type Variable = typeof variables.$inferSelect;
type MemoRow = typeof memos.$inferSelect;

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * The whole project as a REFI-QDA `.qdpx` (Project.xsd): users, the code tree, each document's
 * canonical text as `sources/<guid>.txt` (UTF-8, LF) with selections in code points, codings
 * with their coder, memos as notes, cases, variables and sets.
 */
export function exportQdpx(ctx: Ctx, projectName: string): Uint8Array {
  const { xml, texts } = buildProjectXml(ctx, projectName);
  const files: Record<string, Uint8Array> = { 'project.qde': strToU8(xml) };
  for (const [guid, text] of texts) files[`sources/${guid}.txt`] = strToU8(text);
  return zipSync(files, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}

/** The project.qde text and the source texts it points to (by GUID). */
export function buildProjectXml(
  ctx: Ctx,
  projectName: string,
): { xml: string; texts: Map<string, string> } {
  const allMemos = ctx.db.select().from(memos).orderBy(asc(memos.createdAt)).all();
  const noteRefs = (type: MemoRow['targetType'], id: string | null): XmlNode[] =>
    allMemos
      .filter((m) => m.targetType === type && (type === 'project' || m.targetId === id))
      .map((m) => ({ name: 'NoteRef', attrs: { targetGUID: refiGuid(m.id) } }));
  const vars = ctx.db.select().from(variables).orderBy(asc(variables.sortOrder)).all();
  const texts = new Map<string, string>();
  const codeNodes = codeElements(listCodebook(ctx), (id) => noteRefs('code', id));
  const xml = writeXml({
    name: 'Project',
    attrs: {
      xmlns: 'urn:QDA-XML:project:1.0',
      name: projectName,
      origin: ORIGIN,
      creatingUserGUID: ctx.coderId === '' ? undefined : refiGuid(ctx.coderId),
      creationDateTime: iso(ctx.now()),
    },
    children: [
      users(ctx),
      codeNodes.length === 0
        ? null
        : { name: 'CodeBook', children: [{ name: 'Codes', children: codeNodes }] },
      vars.length === 0 ? null : { name: 'Variables', children: vars.map(variableNode) },
      caseNodes(ctx, vars),
      sourceNodes(ctx, vars, texts, noteRefs),
      allMemos.length === 0 ? null : { name: 'Notes', children: allMemos.map(noteNode) },
      setNodes(ctx),
      ...noteRefs('project', null),
    ],
  });
  return { xml, texts };
}

function users(ctx: Ctx): XmlNode | null {
  const rows = ctx.db.select().from(coders).orderBy(asc(coders.createdAt)).all();
  if (rows.length === 0) return null;
  return {
    name: 'Users',
    children: rows.map((c) => ({ name: 'User', attrs: { guid: refiGuid(c.id), name: c.name } })),
  };
}

const VARIABLE_TYPES = { text: 'Text', number: 'Float', date: 'Date', boolean: 'Boolean' } as const;
const VALUE_ELEMENTS = {
  text: 'TextValue',
  number: 'FloatValue',
  date: 'DateValue',
  boolean: 'BooleanValue',
} as const;

function variableNode(v: Variable): XmlNode {
  return {
    name: 'Variable',
    attrs: { guid: refiGuid(v.id), name: v.name, typeOfVariable: VARIABLE_TYPES[v.type] },
    children: [{ name: 'Description', text: `scope: ${v.scope}` }],
  };
}

function valueNode(variable: Variable | undefined, value: string): XmlNode | null {
  if (variable === undefined) return null;
  return {
    name: 'VariableValue',
    children: [
      { name: 'VariableRef', attrs: { targetGUID: refiGuid(variable.id) } },
      { name: VALUE_ELEMENTS[variable.type], text: value },
    ],
  };
}

function caseNodes(ctx: Ctx, vars: Variable[]): XmlNode | null {
  const rows = ctx.db.select().from(cases).orderBy(asc(cases.name)).all();
  if (rows.length === 0) return null;
  const values = ctx.db.select().from(caseValues).all();
  const links = ctx.db.select().from(caseDocuments).all();
  return {
    name: 'Cases',
    children: rows.map((c) => ({
      name: 'Case',
      attrs: { guid: refiGuid(c.id), name: c.name },
      children: [
        c.description === '' ? null : { name: 'Description', text: c.description },
        ...values
          .filter((v) => v.caseId === c.id)
          .map((v) =>
            valueNode(
              vars.find((x) => x.id === v.variableId),
              v.value,
            ),
          ),
        ...links
          .filter((l) => l.caseId === c.id)
          .map((l) => ({ name: 'SourceRef', attrs: { targetGUID: refiGuid(l.documentId) } })),
      ],
    })),
  };
}

function sourceNodes(
  ctx: Ctx,
  vars: Variable[],
  texts: Map<string, string>,
  noteRefs: (type: MemoRow['targetType'], id: string | null) => XmlNode[],
): XmlNode | null {
  const docs = ctx.db.select().from(documents).orderBy(asc(documents.sortOrder)).all();
  if (docs.length === 0) return null;
  const allSegments = ctx.db
    .select()
    .from(segments)
    .orderBy(asc(segments.documentId), asc(segments.start), asc(segments.end))
    .all();
  const allCodings = ctx.db.select().from(codings).orderBy(asc(codings.createdAt)).all();
  const codingsBySegment = new Map<string, (typeof allCodings)[number][]>();
  for (const c of allCodings)
    codingsBySegment.set(c.segmentId, [...(codingsBySegment.get(c.segmentId) ?? []), c]);
  const values = ctx.db.select().from(documentValues).all();
  return {
    name: 'Sources',
    children: docs.map((doc) => {
      const guid = refiGuid(doc.id);
      texts.set(guid, doc.text);
      const toCp = codePointMapper(doc.text);
      const description =
        doc.originalName === doc.title ? null : { name: 'Description', text: doc.originalName };
      const selections: XmlNode[] = [
        ...allSegments
          .filter((s) => s.documentId === doc.id)
          .map((s) => ({
            name: 'PlainTextSelection',
            attrs: {
              guid: refiGuid(s.id),
              name: s.quote,
              startPosition: toCp(s.start),
              endPosition: toCp(s.end),
              creatingUser: refiGuid(s.coderId),
              creationDateTime: iso(s.createdAt),
              modifiedDateTime: iso(s.updatedAt),
            },
            children: [
              ...(codingsBySegment.get(s.id) ?? []).map((c) => ({
                name: 'Coding',
                attrs: {
                  guid: refiGuid(c.id),
                  creatingUser: refiGuid(c.coderId),
                  creationDateTime: iso(c.createdAt),
                },
                children: [{ name: 'CodeRef', attrs: { targetGUID: refiGuid(c.codeId) } }],
              })),
              ...noteRefs('segment', s.id),
            ],
          })),
      ];
      const attached: (XmlNode | null)[] = [
        ...noteRefs('document', doc.id),
        ...values
          .filter((v) => v.documentId === doc.id)
          .map((v) =>
            valueNode(
              vars.find((x) => x.id === v.variableId),
              v.value,
            ),
          ),
      ];
      if (doc.kind !== 'pdf') {
        return {
          name: 'TextSource',
          attrs: {
            guid,
            name: doc.title,
            plainTextPath: `internal://${guid}.txt`,
            creationDateTime: iso(doc.importedAt),
          },
          children: [description, ...selections, ...attached],
        };
      }
      // A PDF goes out as its text representation: the PDF file itself is not kept in a project.
      return {
        name: 'PDFSource',
        attrs: { guid, name: doc.title, creationDateTime: iso(doc.importedAt) },
        children: [
          description,
          {
            name: 'Representation',
            attrs: {
              guid: refiGuid(`${doc.id}#text`),
              name: doc.title,
              plainTextPath: `internal://${guid}.txt`,
            },
            children: selections,
          },
          ...attached,
        ],
      };
    }),
  };
}

function noteNode(m: MemoRow): XmlNode {
  return {
    name: 'Note',
    attrs: {
      guid: refiGuid(m.id),
      name: m.title,
      creatingUser: refiGuid(m.authorId),
      creationDateTime: iso(m.createdAt),
      modifiedDateTime: iso(m.updatedAt),
    },
    children: [{ name: 'PlainTextContent', text: m.bodyText }],
  };
}

function setNodes(ctx: Ctx): XmlNode | null {
  const rows = ctx.db.select().from(sets).orderBy(asc(sets.createdAt)).all();
  if (rows.length === 0) return null;
  const members = ctx.db.select().from(setMembers).all();
  return {
    name: 'Sets',
    children: rows.map((set) => {
      const of = (type: 'code' | 'document') =>
        members.filter((m) => m.setId === set.id && m.memberType === type);
      return {
        name: 'Set',
        attrs: { guid: refiGuid(set.id), name: set.name },
        children: [
          set.description === '' ? null : { name: 'Description', text: set.description },
          ...of('code').map((m) => ({
            name: 'MemberCode',
            attrs: { targetGUID: refiGuid(m.memberId) },
          })),
          ...of('document').map((m) => ({
            name: 'MemberSource',
            attrs: { targetGUID: refiGuid(m.memberId) },
          })),
        ],
      };
    }),
  };
}
