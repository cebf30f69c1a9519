import type { PdfLine } from './pdf-line';
import { heaviestKey } from './heaviest-key';

/** Document-wide measures that layout rules are relative to. */
export interface PageGeometry {
  /** Size of the body text: the font size carrying most characters. */
  bodySize: number;
  /** Font id of the body text. */
  bodyFont: string;
  /** Usual baseline-to-baseline distance divided by the font size. */
  pitchRatio: number;
  /** Distinct font sizes larger than the body, largest first, for heading levels. */
  headingSizes: number[];
}

/** Measures body size, body font, line pitch and heading sizes over all pages' lines. */
export function measureGeometry(lines: readonly PdfLine[]): PageGeometry {
  const sizes = new Map<number, number>();
  const fonts = new Map<string, number>();
  for (const line of lines) {
    sizes.set(line.size, (sizes.get(line.size) ?? 0) + line.text.length);
  }
  const bodySize = heaviestKey(sizes) ?? 10;
  for (const line of lines) {
    if (line.size === bodySize)
      fonts.set(line.font, (fonts.get(line.font) ?? 0) + line.text.length);
  }
  // Pitches are counted in twentieths as small integers, which Map hashes fast.
  const pitches = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1];
    const b = lines[i];
    if (!a || !b || a.page !== b.page || a.size !== bodySize || b.size !== bodySize) continue;
    const twentieths = Math.round(((b.top - a.top) / bodySize) * 20);
    if (twentieths > 18 && twentieths < 60) {
      pitches.set(twentieths, (pitches.get(twentieths) ?? 0) + 1);
    }
  }
  const headingSizes = [...sizes.keys()]
    .filter((size) => size >= bodySize * 1.15)
    .sort((a, b) => b - a);
  return {
    bodySize,
    bodyFont: heaviestKey(fonts) ?? '',
    pitchRatio: (heaviestKey(pitches) ?? 24) / 20,
    headingSizes,
  };
}
