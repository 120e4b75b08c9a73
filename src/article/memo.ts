// A memo for pure functions of short strings that a batch computes over and over (publication
// names, category slugs, dates, header lines). Bounded: the table is emptied when it fills, so a
// long batch of distinct values keeps memory flat instead of growing without end, and a long
// string is never kept (it is computed each time).

/** Entries a memo holds before it starts over. */
const DEFAULT_MEMO_ENTRIES = 4096;
/** Longer keys are not memoised. */
const MAX_KEY_CHARS = 200;

export function memoize<T>(fn: (key: string) => T, maxEntries = DEFAULT_MEMO_ENTRIES): (key: string) => T {
  const table = new Map<string, T>();
  return (key: string): T => {
    if (key.length > MAX_KEY_CHARS) return fn(key);
    let value = table.get(key);
    if (value !== undefined || table.has(key)) return value as T;
    value = fn(key);
    if (table.size >= maxEntries) table.clear();
    table.set(key, value);
    return value;
  };
}
