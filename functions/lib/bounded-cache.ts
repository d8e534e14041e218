/**
 * A small cache for a warm Lambda: each entry lives `ttlMs`, and at most `max` entries are
 * kept, the least recently used leaving first. A cache keyed by what a visitor types must
 * have such a bound, or a flood of made-up keys grows the container's memory without end.
 *
 * Hand-written on a Map, whose insertion order makes the LRU (a hit moves its key to the
 * end, the first key is the oldest): lru-cache 11 would add 18.8 KB minified (6 KB gzip)
 * to a function whose budget is 100 KB, for these few lines.
 */
export interface BoundedCache<V> {
  /** The value kept for key, as `{ value }` (so a kept `undefined` is a hit), or undefined. */
  get(key: string): { value: V } | undefined;
  set(key: string, value: V): void;
  readonly size: number;
}

export function boundedCache<V>(
  max: number,
  ttlMs: number,
  now: () => number = Date.now,
): BoundedCache<V> {
  const entries = new Map<string, { value: V; until: number }>();
  return {
    get(key) {
      const hit = entries.get(key);
      if (!hit) return undefined;
      entries.delete(key);
      if (hit.until <= now()) return undefined;
      entries.set(key, hit);
      return { value: hit.value };
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, { value, until: now() + ttlMs });
      while (entries.size > max) entries.delete(entries.keys().next().value!);
    },
    get size() {
      return entries.size;
    },
  };
}
