const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Whether a link address may be stored and shown: absolute http, https or mailto only. */
export function isSafeHref(href: string): boolean {
  try {
    return SAFE_PROTOCOLS.has(new URL(href.trim()).protocol);
  } catch {
    return false;
  }
}
