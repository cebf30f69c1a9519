/** Distinct colours, readable as highlights on white, given to new codes and coders in turn. */
export const CODE_PALETTE = [
  '#e6194b',
  '#3cb44b',
  '#4363d8',
  '#f58231',
  '#911eb4',
  '#42d4f4',
  '#f032e6',
  '#bfef45',
  '#469990',
  '#9a6324',
  '#800000',
  '#808000',
] as const;

/** The palette colour for the n-th item (wraps around). */
export function paletteColor(n: number): string {
  return CODE_PALETTE[n % CODE_PALETTE.length] ?? '#808080';
}
