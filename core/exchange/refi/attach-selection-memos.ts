import { offsetUnitFor, rawPositionMapper, toLf } from './offset-unit';
import type { RefiModel, RefiNote } from './refi-model';
import { refiGuid } from './refi-guid';

/**
 * Turns the memos tools hang on passages into notes the import places like any other:
 * - a selection's `<Description>` (QualCoder's coding memo, ATLAS.ti's quotation comment,
 *   MAXQDA's comment) becomes a note referred to by the selection;
 * - a note on an uncoded selection (MAXQDA comments, NVivo annotations) goes to the document
 *   instead, starting with the quoted passage: an uncoded segment would be an orphan;
 * - a note that nests a PlainTextSelection (QualCoder's annotations) starts with its quote.
 */
export function attachSelectionMemos(model: RefiModel): void {
  const unit = offsetUnitFor(model.origin);
  const notes = new Map(model.notes.map((n) => [n.guid, n]));
  for (const source of model.sources) {
    if (source.raw === null) continue;
    const quoteOf = quoter(source.raw, unit);
    source.selections = source.selections.filter((sel, index) => {
      const quote = quoteOf(sel.start, sel.end);
      if (sel.description !== '') {
        const guid = refiGuid(`description:${source.guid ?? source.name}:${sel.guid ?? index}`);
        const note: RefiNote = {
          guid,
          name: quote.replace(/\s+/gu, ' ').slice(0, 60),
          text: sel.description,
          creatingUser: sel.creatingUser,
          range: null,
        };
        model.notes.push(note);
        notes.set(guid, note);
        sel.noteRefs.push(guid);
      }
      if (sel.codings.length > 0 || sel.noteRefs.length === 0) return true;
      for (const ref of sel.noteRefs) {
        const note = notes.get(ref);
        if (note) note.text = quoted(quote, note.text);
        source.noteRefs.push(ref);
      }
      return false;
    });
    for (const note of model.notes) {
      if (note.range === null || note.guid === null || !source.noteRefs.includes(note.guid)) {
        continue;
      }
      note.text = quoted(quoteOf(note.range.start, note.range.end), note.text);
    }
  }
}

function quoted(quote: string, text: string): string {
  return quote === '' ? text : `“${quote}”\n\n${text}`;
}

/** The LF text between two positions in the tool's unit, trimmed. */
function quoter(
  raw: string,
  unit: ReturnType<typeof offsetUnitFor>,
): (start: number, end: number) => string {
  const text = raw.replace(/^\uFEFF/u, '');
  const lf = toLf(text);
  const map = rawPositionMapper(text, unit);
  return (start, end) =>
    Number.isFinite(start) && Number.isFinite(end)
      ? lf.slice(map(Math.min(start, end)), map(Math.max(start, end))).trim()
      : '';
}
