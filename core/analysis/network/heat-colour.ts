/**
 * A sequential blue scale (light to dark, as ColorBrewer's Blues) for a share 0–1, and the text
 * colour that keeps at least 4.5:1 contrast on it.
 */
const STOPS: [number, number, number][] = [
  [247, 251, 255],
  [198, 219, 239],
  [107, 174, 214],
  [33, 113, 181],
  [8, 48, 107],
];

const WHITE: [number, number, number] = [255, 255, 255];

export function heatColour(share: number): { fill: string; text: string } {
  const t = Math.min(1, Math.max(0, share)) * (STOPS.length - 1);
  const i = Math.min(STOPS.length - 2, Math.floor(t));
  const f = t - i;
  const lo = STOPS[i] ?? WHITE;
  const hi = STOPS[i + 1] ?? lo;
  const mix = (k: 0 | 1 | 2): number => Math.round(lo[k] + (hi[k] - lo[k]) * f);
  const [r, g, b] = [mix(0), mix(1), mix(2)];
  const hex = `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  return { fill: hex, text: luminance(r, g, b) > 0.18 ? '#000000' : '#ffffff' };
}

function luminance(r: number, g: number, b: number): number {
  const lin = (v: number): number => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
