import { normaliseGuid } from './normalise-guid';
import { kid, kids, type XmlElement } from './parse-refi-xml';
import type { RefiModel } from './refi-model';
import { skipped as skip } from './skip-reason';

/**
 * A `<Link>` between a note and something else attaches the note there (as a NoteRef would):
 * NVivo exports an annotation as a Note linked to its PlainTextSelection (QualCoder reads them
 * so). Other links (code to code, source to source) have no place here yet and are reported.
 */
export function readLinks(root: XmlElement, model: RefiModel): void {
  const notes = new Set(
    kids(kid(root, 'Notes'), 'Note')
      .map((n) => normaliseGuid(n.attrs.guid))
      .filter((g): g is string => g !== null),
  );
  for (const link of kids(kid(root, 'Links'), 'Link')) {
    const origin = normaliseGuid(link.attrs.originGUID);
    const target = normaliseGuid(link.attrs.targetGUID);
    if (origin !== null && target !== null && notes.has(origin) !== notes.has(target)) {
      const [note, other] = notes.has(origin) ? [origin, target] : [target, origin];
      if (attachNote(model, note, other)) continue;
    }
    model.skipped.push(skip('link', link.attrs.name ?? '', { code: 'linkNotImported' }));
  }
}

/** Adds a NoteRef to the selection, source or code with GUID `target`; false when none has. */
function attachNote(model: RefiModel, note: string, target: string): boolean {
  for (const source of model.sources) {
    if (source.guid === target) {
      source.noteRefs.push(note);
      return true;
    }
    const sel = source.selections.find((s) => s.guid === target);
    if (sel) {
      sel.noteRefs.push(note);
      return true;
    }
  }
  if (model.codes.some((c) => c.guid === target)) {
    model.codeNoteRefs.set(target, [...(model.codeNoteRefs.get(target) ?? []), note]);
    return true;
  }
  return false;
}
