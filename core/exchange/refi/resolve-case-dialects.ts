import type { RefiModel } from './refi-model';

/**
 * Rewrites two ways tools misuse `<Case>` into what they mean, in place:
 * - a Case without a name and with exactly one SourceRef holds that source's variable values
 *   (MAXQDA and Quirkos write document variables so; QualCoder's importer reads them so);
 * - a Code with the same GUID as a Case is that case (NVivo exports cases as codes too): it
 *   is not a code, and a coding with it says the source belongs to the case.
 */
export function resolveCaseDialects(model: RefiModel, unnamed: ReadonlySet<string>): void {
  const sourceByGuid = new Map(model.sources.map((s) => [s.guid, s]));
  model.cases = model.cases.filter((c) => {
    const only = c.sourceRefs.length === 1 ? sourceByGuid.get(c.sourceRefs[0] ?? null) : undefined;
    if (c.guid === null || !unnamed.has(c.guid) || only === undefined) return true;
    only.values.push(...c.values);
    return false;
  });
  const caseByGuid = new Map(model.cases.map((c) => [c.guid, c]));
  const hasChildren = (path: readonly string[]): boolean =>
    model.codes.some(
      (o) => o.path.length > path.length && path.every((part, i) => o.path[i] === part),
    );
  const caseCodes = new Set(
    model.codes
      .filter((c) => c.guid !== null && caseByGuid.has(c.guid) && !hasChildren(c.path))
      .map((c) => c.guid),
  );
  if (caseCodes.size === 0) return;
  model.codes = model.codes.filter((c) => !caseCodes.has(c.guid));
  for (const source of model.sources) {
    source.selections = source.selections.filter((selection) => {
      const forCases = selection.codings.filter((c) => caseCodes.has(c.codeGuid));
      if (forCases.length === 0) return true;
      selection.codings = selection.codings.filter((c) => !caseCodes.has(c.codeGuid));
      for (const coding of forCases) {
        const target = caseByGuid.get(coding.codeGuid);
        if (target && source.guid !== null && !target.sourceRefs.includes(source.guid)) {
          target.sourceRefs.push(source.guid);
        }
      }
      // a selection that only placed the source in a case has nothing left to import
      return (
        selection.codings.length > 0 ||
        selection.description !== '' ||
        selection.noteRefs.length > 0
      );
    });
  }
}
