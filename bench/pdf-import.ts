import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { importPdf } from '../core/import/pdf/import-pdf';
import { textOnlyParams } from '../core/import/pdf/open-pdf';
import { makeTwoColumnBook } from '../tests/helpers/make-pdf';
import type { BenchResult } from './bench-result';

const PAGES = 400;
const RUNS = 5;
const cacheFile = path.resolve(
  import.meta.dirname,
  `../tests/fixtures/generated/two-column-${PAGES}.pdf`,
);

async function benchBytes(): Promise<Uint8Array> {
  if (fs.existsSync(cacheFile)) return new Uint8Array(fs.readFileSync(cacheFile));
  const bytes = await makeTwoColumnBook(PAGES);
  fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
  fs.writeFileSync(cacheFile, bytes);
  return bytes;
}

/**
 * The floor: pdf.js opening the file with the importer's own getDocument options (standard font
 * data included, without which text of non-embedded fonts is not measured) and reading every
 * page's text content, nothing else.
 */
async function rawExtraction(bytes: Uint8Array): Promise<void> {
  const pdf = await getDocument(textOnlyParams(bytes)).promise;
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    await page.getTextContent();
    page.cleanup();
  }
  await pdf.destroy();
}

async function timeOnce(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Runs the two alternately, so drift in machine load hits both alike. */
async function timePair(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
): Promise<[number[], number[]]> {
  const timesA: number[] = [];
  const timesB: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    timesA.push(await timeOnce(a));
    timesB.push(await timeOnce(b));
  }
  return [timesA.sort((x, y) => x - y), timesB.sort((x, y) => x - y)];
}

const median = (sorted: number[]): number => sorted[Math.floor(sorted.length / 2)]!;

/** importPdf on a generated 400-page two-column PDF against raw pdf.js text extraction. */
export async function benchPdfImport(): Promise<BenchResult[]> {
  const bytes = await benchBytes();
  // Warm-up: worker, font data and JIT for both paths.
  await rawExtraction(bytes);
  await importPdf({ name: 'bench.pdf', bytes });
  const [raw, ours] = await timePair(
    () => rawExtraction(bytes),
    () => importPdf({ name: 'bench.pdf', bytes }),
  );
  return [
    { name: 'raw pdf.js text extraction', unit: 'ms', median: median(raw), p95: raw.at(-1)! },
    {
      name: 'importPdf (layout, furniture, hyphens)',
      unit: 'ms',
      median: median(ours),
      p95: ours.at(-1)!,
      baseline: median(raw),
      ratio: median(ours) / median(raw),
      target: '≤ 1.25',
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.table(await benchPdfImport());
}
