const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * Returns a link target that is safe to store, or null. Only http(s), mailto and relative
 * targets pass. Entities are already decoded by the parser; like a browser, control characters
 * and whitespace are ignored when reading the scheme, so `java&#9;script:` is caught too.
 */
export function sanitizeHref(raw: string): string | null {
  // eslint-disable-next-line no-control-regex -- browsers strip these before reading a URL
  const href = raw.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  if (href.length === 0) return null;
  // eslint-disable-next-line no-control-regex -- same stripping, to read the scheme
  const compact = href.replace(/[\u0000-\u0020\u007f-\u009f\s]/g, '');
  const schemeEnd = compact.search(/[:/?#]/);
  if (schemeEnd >= 0 && compact[schemeEnd] === ':') {
    const scheme = compact.slice(0, schemeEnd).toLowerCase();
    return SAFE_SCHEMES.has(scheme) ? href : null;
  }
  return href;
}
