/** Escapes text for SVG/XML content and attribute values. */
export function esc(text: string): string {
  return text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&#39;');
}

/** A label cut to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Rough width of a label in a 12 px sans-serif font, for laying out margins. */
export function textWidth(text: string, size = 12): number {
  return Math.ceil(text.length * size * 0.58);
}

/** A number as a short label: integers as they are, fractions to two places. */
export function shortNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

export const SVG_FONT = 'font-family="Segoe UI, Noto Sans, DejaVu Sans, Arial, sans-serif"';
