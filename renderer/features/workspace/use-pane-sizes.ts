import { useCallback, useState } from 'react';

/** Pane sizes: the columns in pixels, the documents pane as a percentage of the left column. */
export interface PaneSizes {
  left: number;
  side: number;
  documents: number;
}

export const PANE_STORAGE_KEY = 'telaah.panes';
export const PANE_LIMITS: Record<keyof PaneSizes, { min: number; max: number }> = {
  left: { min: 180, max: 520 },
  side: { min: 220, max: 560 },
  documents: { min: 15, max: 85 },
};
const DEFAULTS: PaneSizes = { left: 290, side: 320, documents: 55 };

const clamp = (name: keyof PaneSizes, value: number): number =>
  Math.round(Math.min(PANE_LIMITS[name].max, Math.max(PANE_LIMITS[name].min, value)));

/** Reads stored sizes leniently: anything malformed falls back to the defaults. */
export function readPaneSizes(text: string | null): PaneSizes {
  try {
    const stored = JSON.parse(text ?? '{}') as Partial<Record<keyof PaneSizes, unknown>>;
    const pick = (name: keyof PaneSizes): number => {
      const value = stored[name];
      return typeof value === 'number' && Number.isFinite(value)
        ? clamp(name, value)
        : DEFAULTS[name];
    };
    return { left: pick('left'), side: pick('side'), documents: pick('documents') };
  } catch {
    return DEFAULTS;
  }
}

/** The workspace's pane sizes, remembered across sessions. */
export function usePaneSizes(): [PaneSizes, (name: keyof PaneSizes, value: number) => void] {
  const [sizes, setSizes] = useState(() => readPaneSizes(localStorage.getItem(PANE_STORAGE_KEY)));
  const resize = useCallback((name: keyof PaneSizes, value: number) => {
    setSizes((current) => {
      const next = { ...current, [name]: clamp(name, value) };
      localStorage.setItem(PANE_STORAGE_KEY, JSON.stringify(next));
      return next;
    });
  }, []);
  return [sizes, resize];
}
