import { describe, expect, it } from 'vitest';
import { LruCache } from './lru-cache.js';

describe('LruCache', () => {
  it('should keep at most its limit, letting the oldest go first', () => {
    const cache = new LruCache<string, number>(3);
    for (const [i, key] of ['a', 'b', 'c', 'd', 'e'].entries()) cache.set(key, i);
    expect(cache.size).toBe(3);
    expect([...cache.keys()]).toEqual(['c', 'd', 'e']);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('c')).toBe(2);
  });

  it('should count a read or a rewrite as a use, so the least recently used goes', () => {
    const cache = new LruCache<string, number>(3);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect(cache.get('a')).toBe(1);
    cache.set('b', 20);
    expect([...cache.keys()]).toEqual(['c', 'a', 'b']);
    cache.set('d', 4); // c is the least recently used
    expect([...cache.keys()]).toEqual(['a', 'b', 'd']);
    expect(cache.get('b')).toBe(20);
    expect(cache.get('c')).toBeUndefined();
  });

  it('should keep its order through reads of the newest, the oldest and one between', () => {
    const cache = new LruCache<number, string>(4);
    for (const key of [1, 2, 3, 4]) cache.set(key, `v${key}`);
    cache.get(4);
    cache.get(1);
    cache.get(3);
    expect([...cache.keys()]).toEqual([2, 4, 1, 3]);
    cache.set(5, 'v5');
    cache.set(6, 'v6');
    expect([...cache.keys()]).toEqual([1, 3, 5, 6]);
  });

  it('should hold a null (a remembered miss) apart from an absent key', () => {
    const cache = new LruCache<string, string | null>(2);
    cache.set('miss', null);
    expect(cache.get('miss')).toBeNull();
    expect(cache.get('absent')).toBeUndefined();
  });

  it('should forget on delete and clear, and take new entries after', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.delete('a')).toBe(true);
    expect(cache.delete('a')).toBe(false);
    expect([...cache.keys()]).toEqual(['b']);
    cache.clear();
    expect(cache.size).toBe(0);
    cache.set('c', 3);
    cache.set('d', 4);
    cache.set('e', 5);
    expect([...cache.keys()]).toEqual(['d', 'e']);
  });

  it('should bound the total weight when given a weigh, never keeping a value heavier than it', () => {
    const cache = new LruCache<string, string>(10, (value) => value.length);
    cache.set('a', 'xxxx');
    cache.set('b', 'xxxx');
    expect(cache.weight).toBe(8);
    cache.set('c', 'xxxx'); // 12 > 10: a goes
    expect([...cache.keys()]).toEqual(['b', 'c']);
    expect(cache.weight).toBe(8);
    cache.set('big', 'x'.repeat(11));
    expect(cache.get('big')).toBeUndefined();
    expect([...cache.keys()]).toEqual(['b', 'c']);
    cache.set('b', 'xxxxxxxxxx'); // b rewritten to 10: c goes
    expect([...cache.keys()]).toEqual(['b']);
    expect(cache.weight).toBe(10);
  });
});
