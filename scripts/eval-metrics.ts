// Character-level body scores for the evaluation gate (scripts/eval.ts).
//
// Method (documented in test/fixtures/README.md): each text is a list of paragraphs; whitespace
// is removed; every paragraph becomes the multiset ("bag") of its character bigrams (a paragraph
// of one character counts as one unigram). Precision = |out ∩ exp| / |out|, recall =
// |out ∩ exp| / |exp| over these multisets, F1 their harmonic mean. One bigram is about one
// character, so the figures read as "share of characters", but unlike a bag of single characters
// (which would match any Chinese text against any other) bigrams keep local order: a word split
// over two paragraphs (`全面振` / `兴`) or a dropped `+` costs a bigram. Linear in text length.

/** Whitespace of any kind, including the ideographic space U+3000 and NBSP. */
const WHITESPACE_RE = /[\s\u3000\u00a0\ufeff]+/g;

export interface Overlap {
  precision: number;
  recall: number;
  f1: number;
  /** Bigrams in the output, in the expectation, and in both (multiset intersection). */
  outCount: number;
  expCount: number;
  common: number;
}

/** Remove all whitespace (the metric ignores spacing and line layout inside a paragraph). */
export function squeeze(text: string): string {
  return text.replace(WHITESPACE_RE, "");
}

/** Bag of character bigrams of one paragraph (code points, not UTF-16 units). */
function addBigrams(bag: Map<string, number>, paragraph: string): number {
  const chars = Array.from(squeeze(paragraph));
  if (chars.length === 0) return 0;
  if (chars.length === 1) {
    bag.set(chars[0], (bag.get(chars[0]) ?? 0) + 1);
    return 1;
  }
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i] + chars[i + 1];
    bag.set(g, (bag.get(g) ?? 0) + 1);
  }
  return chars.length - 1;
}

export function bagOf(paragraphs: readonly string[]): { bag: Map<string, number>; count: number } {
  const bag = new Map<string, number>();
  let count = 0;
  for (const p of paragraphs) count += addBigrams(bag, p);
  return { bag, count };
}

/** Precision/recall/F1 of `out` against `exp`; two empty texts score 1, one empty side scores 0. */
export function overlap(out: readonly string[], exp: readonly string[]): Overlap {
  const o = bagOf(out);
  const e = bagOf(exp);
  let common = 0;
  for (const [g, n] of o.bag) common += Math.min(n, e.bag.get(g) ?? 0);
  if (o.count === 0 && e.count === 0) {
    return { precision: 1, recall: 1, f1: 1, outCount: 0, expCount: 0, common: 0 };
  }
  const precision = o.count === 0 ? 0 : common / o.count;
  const recall = e.count === 0 ? 0 : common / e.count;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, outCount: o.count, expCount: e.count, common };
}

/** Similarity of two paragraphs (F1 of their bigram bags), for pairing lines in a diff. */
export function paragraphSimilarity(a: string, b: string): number {
  return overlap([a], [b]).f1;
}
