// The same scale as core's heatmap SVG (ColorBrewer Blues), so screen and export agree.
type Rgb = [number, number, number];
const STOPS: Rgb[] = [
  [247, 251, 255],
  [198, 219, 239],
  [107, 174, 214],
  [33, 113, 181],
  [8, 48, 107],
];
const WHITE: Rgb = [255, 255, 255];

/** The fill for a share 0–1 and a text colour with at least 4.5:1 contrast on it. */
export function heatFill(share: number): { fill: string; text: string } {
  const t = Math.min(1, Math.max(0, share)) * (STOPS.length - 1);
  const i = Math.min(STOPS.length - 2, Math.floor(t));
  const f = t - i;
  const lo = STOPS[i] ?? WHITE;
  const hi = STOPS[i + 1] ?? lo;
  const mix = (k: 0 | 1 | 2): number => Math.round(lo[k] + (hi[k] - lo[k]) * f);
  const rgb: Rgb = [mix(0), mix(1), mix(2)];
  const lin = (v: number): number => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * lin(rgb[0]) + 0.7152 * lin(rgb[1]) + 0.0722 * lin(rgb[2]);
  return { fill: `rgb(${rgb.join(' ')})`, text: l > 0.18 ? '#000000' : '#ffffff' };
}
