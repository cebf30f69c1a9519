// Helpers every benchmark shares: a seeded random source and a median/p95 timer.

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
  samples.sort((a, b) => a - b);
  return {
    median: samples[Math.floor(runs / 2)] ?? NaN,
    p95: samples[Math.ceil(runs * 0.95) - 1] ?? NaN,
  };
}
