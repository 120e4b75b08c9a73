// A memo for pure functions of short strings that a batch computes over and over (publication
// names, category slugs, dates). Bounded: the table is emptied when it fills, so a long batch
// of distinct values keeps memory flat instead of growing without end.

/** Entries a memo holds before it starts over. */
const DEFAULT_MEMO_ENTRIES = 4096;

export function memoize<T>(fn: (key: string) => T, maxEntries = DEFAULT_MEMO_ENTRIES): (key: string) => T {
  const table = new Map<string, T>();
  return (key: string): T => {
    if (table.has(key)) return table.get(key) as T;
    const value = fn(key);
    if (table.size >= maxEntries) table.clear();
    table.set(key, value);
    return value;
  };
}
