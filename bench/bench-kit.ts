// Helpers every benchmark shares: a seeded random source, a median/p95 timer and its ratio to a
// baseline measured in the same run.
import type { BenchResult } from './bench-result';

/** A small deterministic PRNG (mulberry32), so every run builds the same project. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs `run` once to warm the page and statement caches, then `runs` times, and gives the
 * median and the 95th percentile in milliseconds.
 */
export function timeRuns(runs: number, run: () => unknown): { median: number; p95: number } {
  run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  return stats(samples);
}

/** The median and the 95th percentile of some timings. */
export function stats(samples: readonly number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)] ?? NaN,
    p95: sorted[Math.ceil(sorted.length * 0.95) - 1] ?? NaN,
  };
}

/**
 * Times like {@link timeRuns} and reports the figure with its ratio to `baseline`, a median
 * measured in the same run.
 */
export function measureAgainst(
  runs: number,
  baseline: number,
): (name: string, run: () => unknown, target?: string) => BenchResult {
  return (name, run, target = '') => {
    const t = timeRuns(runs, run);
    return { name, unit: 'ms', ...t, baseline, ratio: t.median / baseline, target };
  };
}
