/**
 * Sixteen colours that stay distinct from one another and keep dark text readable when drawn as
 * translucent highlights on white.
 */
export const CODE_COLOURS = [
  '#d1495b',
  '#e07a1f',
  '#c9a227',
  '#6a994e',
  '#2a9d8f',
  '#1d7fb8',
  '#4361ee',
  '#7b2cbf',
  '#c2185b',
  '#8d6e63',
  '#5c6b73',
  '#9c6644',
  '#38b000',
  '#00a6a6',
  '#f15bb5',
  '#3a0ca3',
] as const;

/** Whether a string is a #rrggbb colour. */
export function isHexColour(value: string): boolean {
  return /^#[0-9a-f]{6}$/iu.test(value.trim());
}
