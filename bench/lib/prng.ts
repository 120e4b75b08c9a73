// Seeded randomness for the corpus generator: mulberry32, one stream per article, so that the
// corpus for N = 1,000 is the first 1,000 articles of the corpus for N = 10,000 (same seed).

export type Rng = ReturnType<typeof createRng>;

/** Mix a seed and an article index into one 32-bit state (splitmix-style avalanche). */
function mixSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** mulberry32: small, fast, deterministic; returns floats in [0, 1). */
function mulberry32(state: number): () => number {
  let a = state;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRng(seed: number, index = 0) {
  const next = mulberry32(mixSeed(seed, index));
  /** Integer in [lo, hi], both inclusive. */
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const chance = (probability: number): boolean => next() < probability;
  const hex = (chars: number): string => {
    let out = "";
    while (out.length < chars) out += Math.floor(next() * 16).toString(16);
    return out;
  };
  const digits = (count: number): string => {
    let out = String(int(1, 9));
    while (out.length < count) out += String(int(0, 9));
    return out;
  };
  /** Pick by weight: `weighted([["a", 3], ["b", 1]])` gives "a" three times as often. */
  const weighted = <T>(choices: readonly (readonly [T, number])[]): T => {
    const total = choices.reduce((sum, [, w]) => sum + w, 0);
    let r = next() * total;
    for (const [value, w] of choices) if ((r -= w) < 0) return value;
    return choices[choices.length - 1][0];
  };
  return { next, int, pick, chance, hex, digits, weighted };
}
