import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { importPdf } from '../core/import/pdf/import-pdf';
import { makeTwoColumnBook } from '../tests/helpers/make-pdf';
import type { BenchResult } from './bench-result';

const PAGES = 400;
const RUNS = 3;
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

/** The floor: pdf.js opening the file and reading every page's text content, nothing else. */
async function rawExtraction(bytes: Uint8Array): Promise<void> {
  const pdf = await getDocument({ data: bytes.slice(), disableFontFace: true, verbosity: 0 })
    .promise;
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    await page.getTextContent();
    page.cleanup();
  }
  await pdf.destroy();
}

async function time(run: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

const median = (sorted: number[]): number => sorted[Math.floor(sorted.length / 2)]!;

/** importPdf on a generated 400-page two-column PDF against raw pdf.js text extraction. */
export async function benchPdfImport(): Promise<BenchResult[]> {
  const bytes = await benchBytes();
  await rawExtraction(bytes); // warm-up: worker and font data
  const raw = await time(() => rawExtraction(bytes));
  const ours = await time(() => importPdf({ name: 'bench.pdf', bytes }));
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
