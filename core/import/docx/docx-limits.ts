/** Limits on a DOCX archive, checked before any part is handed to the converter. */
export const DOCX_LIMITS = {
  /** Sum of the declared uncompressed sizes of all entries (media included). */
  maxDeclaredTotal: 256 * 1024 * 1024,
  /** Inflated bytes of any one XML part. */
  maxXmlPart: 48 * 1024 * 1024,
  /** Inflated bytes of all XML parts together: what the converter will hold in memory. */
  maxXmlTotal: 64 * 1024 * 1024,
  /** Entries larger than this must not compress better than maxRatio. */
  ratioCheckAbove: 1024 * 1024,
  maxRatio: 100,
  maxEntries: 5000,
} as const;
