import { normaliseGuid } from './normalise-guid';
import { kid, kids, malformed, rootName, type XmlElement } from './parse-refi-xml';
import { readCodes } from './read-codes';
import { readLinks } from './read-links';
import type { RefiZip } from './read-refi-zip';
import { decodeText, findSourceFile, isInternalPath } from './read-source-text';
import { attachSelectionMemos } from './attach-selection-memos';
import { resolveCaseDialects } from './resolve-case-dialects';
import { skipped as skip, type SkipReason } from './skip-reason';
import type {
  RefiCase,
  RefiCoding,
  RefiModel,
  RefiSelection,
  RefiSource,
  RefiValue,
  RefiVariable,
  Skipped,
} from './refi-model';

const FORMAT = 'REFI-QDA project';

const guids = (element: XmlElement | undefined, name: string, attr = 'targetGUID'): string[] =>
  kids(element, name)
    .map((e) => normaliseGuid(e.attrs[attr] ?? e.attrs.guid))
    .filter((g): g is string => g !== null);

/** Reads a project `.qde` (and its archive, when there is one) into a RefiModel. */
export function readProjectModel(
  root: XmlElement,
  zip: RefiZip | null,
  baseDir: string,
  file: string,
): RefiModel {
  if (rootName(root) !== 'Project') {
    throw malformed(file, FORMAT, `its root element is <${rootName(root)}>, not <Project>`);
  }
  const skipped: Skipped[] = [];
  const codebook = kid(kid(root, 'CodeBook'), 'Codes');
  const model: RefiModel = {
    name: root.attrs.name ?? '',
    origin: root.attrs.origin ?? '',
    users: kids(kid(root, 'Users'), 'User')
      .map((u) => ({ guid: normaliseGuid(u.attrs.guid), name: (u.attrs.name ?? '').trim() }))
      .filter((u): u is { guid: string; name: string } => u.guid !== null),
    codes: readCodes(codebook),
    codeNoteRefs: codeNoteRefs(codebook),
    variables: readVariables(kid(root, 'Variables')),
    cases: kids(kid(root, 'Cases'), 'Case').map(readCase),
    sources: [],
    notes: [],
    sets: kids(kid(root, 'Sets'), 'Set').map((s) => ({
      guid: normaliseGuid(s.attrs.guid),
      name: (s.attrs.name ?? '').trim() || '(set)',
      description: kid(s, 'Description')?.text ?? '',
      codes: guids(s, 'MemberCode'),
      sources: guids(s, 'MemberSource'),
    })),
    projectNoteRefs: guids(root, 'NoteRef'),
    skipped,
  };
  const sources = kid(root, 'Sources');
  for (const t of kids(sources, 'TextSource'))
    model.sources.push(readTextSource(t, 'txt', zip, baseDir));
  for (const p of kids(sources, 'PDFSource'))
    model.sources.push(readPdfSource(p, zip, baseDir, skipped));
  for (const kind of ['PictureSource', 'AudioSource', 'VideoSource']) {
    for (const s of kids(sources, kind)) {
      skipped.push(skip('source', s.attrs.name ?? kind, { code: 'unsupportedSource', kind }));
    }
  }
  for (const note of kids(kid(root, 'Notes'), 'Note')) {
    const source = readTextSource(note, 'txt', zip, baseDir);
    const nested = source.selections.find((s) => Number.isFinite(s.start + s.end));
    model.notes.push({
      guid: source.guid,
      name: (note.attrs.name ?? '').trim(),
      text: (source.raw ?? '').replace(/\r\n?/gu, '\n'),
      creatingUser: normaliseGuid(note.attrs.creatingUser ?? note.attrs.modifyingUser),
      range: nested ? { start: nested.start, end: nested.end } : null,
    });
  }
  readLinks(root, model);
  for (const graph of kids(kid(root, 'Graphs'), 'Graph')) {
    skipped.push(skip('graph', graph.attrs.name ?? '', { code: 'graphNotImported' }));
  }
  for (const source of model.sources) {
    if (source.raw === null) {
      skipped.push(skip('source', source.name, source.missing ?? { code: 'noText' }));
    }
  }
  resolveCaseDialects(model, unnamedCases(root));
  attachSelectionMemos(model);
  return model;
}

/** GUIDs of `<Case>` elements without a name: MAXQDA and Quirkos carry document variables so. */
function unnamedCases(root: XmlElement): Set<string> {
  return new Set(
    kids(kid(root, 'Cases'), 'Case')
      .filter((c) => (c.attrs.name ?? '').trim() === '')
      .map((c) => normaliseGuid(c.attrs.guid))
      .filter((g): g is string => g !== null),
  );
}

function codeNoteRefs(codes: XmlElement | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (element: XmlElement | undefined): void => {
    for (const code of kids(element, 'Code')) {
      const guid = normaliseGuid(code.attrs.guid);
      const refs = guids(code, 'NoteRef');
      if (guid !== null && refs.length > 0) out.set(guid, refs);
      walk(code);
    }
  };
  walk(codes);
  return out;
}

const TYPES: Record<string, RefiVariable['type']> = {
  text: 'text',
  boolean: 'boolean',
  integer: 'number',
  float: 'number',
  date: 'date',
  datetime: 'date',
};

function readVariables(element: XmlElement | undefined): RefiVariable[] {
  return kids(element, 'Variable').flatMap((v) => {
    const guid = normaliseGuid(v.attrs.guid);
    if (guid === null) return [];
    const scope = /scope: (document|case)/u.exec(kid(v, 'Description')?.text ?? '')?.[1];
    return [
      {
        guid,
        name: (v.attrs.name ?? '').trim() || '(variable)',
        type: TYPES[(v.attrs.typeOfVariable ?? 'Text').toLowerCase()] ?? 'text',
        scope: scope === 'document' || scope === 'case' ? scope : null,
      },
    ];
  });
}

function readValues(element: XmlElement): RefiValue[] {
  return kids(element, 'VariableValue').flatMap((vv) => {
    const guid = normaliseGuid(kid(vv, 'VariableRef')?.attrs.targetGUID);
    const valueElement = Object.entries(vv.children).find(([name]) => name.endsWith('Value'));
    const raw = valueElement?.[1][0]?.text.trim();
    if (guid === null || raw === undefined) return [];
    // a DateTimeValue keeps its date part
    const value = valueElement?.[0] === 'DateTimeValue' ? raw.slice(0, 10) : raw;
    return [{ variableGuid: guid, value }];
  });
}

function readCase(c: XmlElement): RefiCase {
  return {
    guid: normaliseGuid(c.attrs.guid),
    name: (c.attrs.name ?? '').trim() || '(case)',
    description: kid(c, 'Description')?.text ?? '',
    values: readValues(c),
    sourceRefs: guids(c, 'SourceRef'),
  };
}

function readCoding(c: XmlElement): RefiCoding | null {
  const codeGuid = normaliseGuid(kid(c, 'CodeRef')?.attrs.targetGUID);
  if (codeGuid === null) return null;
  return {
    guid: normaliseGuid(c.attrs.guid),
    codeGuid,
    creatingUser: normaliseGuid(c.attrs.creatingUser),
    noteRefs: guids(c, 'NoteRef'),
  };
}

function readSelection(s: XmlElement): RefiSelection {
  return {
    guid: normaliseGuid(s.attrs.guid),
    name: s.attrs.name ?? '',
    start: Number.parseInt(s.attrs.startPosition ?? '', 10),
    end: Number.parseInt(s.attrs.endPosition ?? '', 10),
    creatingUser: normaliseGuid(s.attrs.creatingUser ?? s.attrs.modifyingUser),
    codings: kids(s, 'Coding')
      .map(readCoding)
      .filter((c): c is RefiCoding => c !== null),
    noteRefs: guids(s, 'NoteRef'),
    description: (kid(s, 'Description')?.text ?? '').trim(),
  };
}

function readTextSource(
  t: XmlElement,
  kind: 'txt' | 'pdf',
  zip: RefiZip | null,
  baseDir: string,
): RefiSource {
  const name = (t.attrs.name ?? '').trim() || '(source)';
  const path = t.attrs.plainTextPath;
  const content = kid(t, 'PlainTextContent');
  let raw: string | null = null;
  let missing: SkipReason | null = null;
  if (path !== undefined && path.trim() !== '') {
    const bytes = findSourceFile(zip, path, baseDir);
    if (bytes) raw = decodeText(bytes);
    else if (isInternalPath(path)) missing = { code: 'textFileMissing', path };
    else missing = { code: 'textFileOutside', path };
  }
  if (raw === null && content !== undefined) {
    raw = content.text;
    missing = null;
  }
  if (raw === null && missing === null) missing = { code: 'noText' };
  const selections = kids(t, 'PlainTextSelection').map(readSelection);
  // codings on the whole source cover its whole text
  const whole = kids(t, 'Coding')
    .map(readCoding)
    .filter((c): c is RefiCoding => c !== null);
  if (whole.length > 0 && raw !== null) {
    selections.push({
      guid: null,
      name: '',
      start: 0,
      end: Number.MAX_SAFE_INTEGER,
      creatingUser: whole[0]?.creatingUser ?? null,
      codings: whole,
      noteRefs: [],
      description: '',
    });
  }
  return {
    guid: normaliseGuid(t.attrs.guid),
    name,
    kind,
    raw,
    missing,
    selections,
    noteRefs: guids(t, 'NoteRef'),
    values: readValues(t),
  };
}

function readPdfSource(
  p: XmlElement,
  zip: RefiZip | null,
  baseDir: string,
  skipped: Skipped[],
): RefiSource {
  const name = (p.attrs.name ?? '').trim() || '(PDF)';
  for (const s of kids(p, 'PDFSelection')) {
    const label = `${name}: ${s.attrs.name ?? `page ${s.attrs.page ?? '?'}`}`;
    skipped.push(skip('selection', label, { code: 'pdfAreaSelection' }));
  }
  const representation = kid(p, 'Representation');
  if (representation === undefined) {
    return {
      guid: normaliseGuid(p.attrs.guid),
      name,
      kind: 'pdf',
      raw: null,
      missing: { code: 'pdfNoText' },
      selections: [],
      noteRefs: [],
      values: [],
    };
  }
  const text = readTextSource(representation, 'pdf', zip, baseDir);
  return {
    ...text,
    guid: normaliseGuid(p.attrs.guid) ?? text.guid,
    name,
    noteRefs: [...guids(p, 'NoteRef'), ...text.noteRefs],
    values: [...readValues(p), ...text.values],
  };
}
