import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { TelaahError } from '../../errors';
import { countEntryBytes, nextEntry } from './count-entry-bytes';
import { DOCX_LIMITS } from './docx-limits';
import { docxDamaged, zipBomb } from './docx-errors';

/** What the inspection learnt on the way: whether the main part exists, and the small core.xml. */
export interface DocxZipFacts {
  coreXml: string | null;
}

const XML_PART = /\.(xml|rels)$/i;
const MAX_CORE_XML = 256 * 1024;

/**
 * Walks every entry of a DOCX archive before any converter touches it: rejects unsafe names,
 * duplicates and a missing word/document.xml, and refuses archives whose declared sizes or ratios
 * are absurd, or whose XML parts actually inflate past the caps (declared sizes can lie).
 * Inflated bytes are counted and dropped, never kept.
 */
export async function inspectDocxZip(bytes: Uint8Array, fileName: string): Promise<DocxZipFacts> {
  const zip = await openZip(bytes, fileName);
  try {
    return await walkEntries(zip, fileName);
  } finally {
    zip.close();
  }
}

function openZip(bytes: Uint8Array, fileName: string): Promise<ZipFile> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const options = { lazyEntries: true, validateEntrySizes: true, strictFileNames: true };
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, options, (error, zip) => {
      if (error === null) resolve(zip);
      else reject(fromZipError(error, fileName));
    });
  });
}

async function walkEntries(zip: ZipFile, fileName: string): Promise<DocxZipFacts> {
  const seen = new Set<string>();
  const totals = { declared: 0, xml: 0 };
  let coreXml: string | null = null;
  for (
    let entry = await nextEntry(zip, (e) => fromZipError(e, fileName));
    entry !== null;
    entry = await nextEntry(zip, (e) => fromZipError(e, fileName))
  ) {
    checkName(entry.fileName, seen, fileName);
    checkDeclaredSize(entry, totals, fileName);
    if (!XML_PART.test(entry.fileName)) continue;
    const keep = entry.fileName === 'docProps/core.xml' && entry.uncompressedSize <= MAX_CORE_XML;
    const budget = Math.min(DOCX_LIMITS.maxXmlPart, DOCX_LIMITS.maxXmlTotal - totals.xml);
    const counted = await countEntryBytes(zip, entry, budget, keep).catch((error: unknown) => {
      throw fromZipError(error, fileName);
    });
    if (counted === null) throw zipBomb(fileName);
    totals.xml += counted.size;
    if (keep) coreXml = counted.text;
  }
  if (!seen.has('word/document.xml')) {
    throw docxDamaged(fileName, 'it is a ZIP archive without the main part word/document.xml');
  }
  return { coreXml };
}

function checkName(name: string, seen: Set<string>, fileName: string): void {
  const parts = name.split('/');
  if (
    name.startsWith('/') ||
    name.includes('\\') ||
    /^[a-z]:/i.test(name) ||
    parts.includes('..')
  ) {
    throw docxDamaged(fileName, `it contains an entry with an unsafe path (${name})`);
  }
  if (seen.has(name)) throw docxDamaged(fileName, `the entry ${name} appears twice`);
  seen.add(name);
  if (seen.size > DOCX_LIMITS.maxEntries) throw docxDamaged(fileName, 'it has too many entries');
}

function checkDeclaredSize(entry: Entry, totals: { declared: number }, fileName: string): void {
  totals.declared += entry.uncompressedSize;
  if (totals.declared > DOCX_LIMITS.maxDeclaredTotal) throw zipBomb(fileName);
  const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
  if (entry.uncompressedSize > DOCX_LIMITS.ratioCheckAbove && ratio > DOCX_LIMITS.maxRatio) {
    throw zipBomb(fileName);
  }
  if (XML_PART.test(entry.fileName) && entry.uncompressedSize > DOCX_LIMITS.maxXmlPart) {
    throw zipBomb(fileName);
  }
}

function fromZipError(error: unknown, fileName: string): TelaahError {
  if (error instanceof TelaahError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/absolute path|relative path|invalid characters in fileName/i.test(message)) {
    return docxDamaged(fileName, `it contains an entry with an unsafe path (${message})`);
  }
  return docxDamaged(fileName, `its ZIP structure is broken (${message})`);
}
