/** The key with the largest weight (the first one on ties), or undefined for an empty map. */
export function heaviestKey<K>(weights: ReadonlyMap<K, number>): K | undefined {
  let best: K | undefined;
  let max = -1;
  for (const [key, weight] of weights) {
    if (weight > max) {
      best = key;
      max = weight;
    }
  }
  return best;
}
