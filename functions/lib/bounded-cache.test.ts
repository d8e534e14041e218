import { describe, expect, it } from 'vitest';
import { boundedCache } from './bounded-cache.ts';

describe('boundedCache', () => {
  it('keeps at most max entries, the least recently used leaving first', () => {
    const cache = boundedCache<number>(3, 60_000, () => 0);
    for (const key of ['a', 'b', 'c']) cache.set(key, key.charCodeAt(0));
    expect(cache.get('a')).toEqual({ value: 97 });
    cache.set('d', 100);
    expect(cache.size).toBe(3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toEqual({ value: 97 });
    expect(cache.get('c')).toEqual({ value: 99 });
    expect(cache.get('d')).toEqual({ value: 100 });
  });

  it('stays at its bound under ten thousand new keys', () => {
    const cache = boundedCache<true>(100, 60_000, () => 0);
    for (let i = 0; i < 10_000; i++) cache.set(`slug-${i}`, true);
    expect(cache.size).toBe(100);
    expect(cache.get('slug-9999')).toEqual({ value: true });
    expect(cache.get('slug-0')).toBeUndefined();
  });

  it('forgets an entry after its time, and keeps undefined as a hit', () => {
    let clock = 0;
    const cache = boundedCache<undefined>(10, 1_000, () => clock);
    cache.set('x', undefined);
    expect(cache.get('x')).toEqual({ value: undefined });
    clock = 1_000;
    expect(cache.get('x')).toBeUndefined();
    expect(cache.size).toBe(0);
  });
});
