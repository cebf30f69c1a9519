const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/iu;

/** A REFI-QDA GUID as our id: lower case, without braces; null when it is not a GUID. */
export function normaliseGuid(raw: string | undefined): string | null {
  const match = GUID.exec((raw ?? '').trim());
  return match?.[1] ? match[1].toLowerCase() : null;
}

/** Whether an id of ours can be written as a REFI-QDA GUID as it is. */
export function isGuid(id: string): boolean {
  return GUID.test(id) && !id.startsWith('{');
}
