import type { DocumentItem } from '../../app/workspace-store';
import type { CaseItem, Variable } from './use-attributes';

/** The stored text behind a cell: the document's case names, or its value of the variable. */
export function cellValue(doc: DocumentItem, variable: Variable | null, cases: CaseItem[]): string {
  if (variable === null) {
    return cases
      .filter((c) => c.documentIds.includes(doc.id))
      .map((c) => c.name)
      .join(', ');
  }
  return doc.attributes[variable.name] ?? '';
}
