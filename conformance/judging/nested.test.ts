import { describe, expect, it } from 'vitest';
import { fail, pass, skip } from '../model/types.js';
import { findNested, noteWrapped } from './nested.js';

const isFrame = (v: unknown) => (v as { action?: string } | null)?.action === 're_message';
const frame = { action: 're_message' };

describe('findNested', () => {
  it('should answer the shallowest path to the value wanted, through objects and arrays', () => {
    expect(findNested(frame, isFrame)).toBe('$');
    expect(findNested({ data: frame }, isFrame)).toBe('$.data');
    expect(findNested({ a: { b: frame }, c: [frame] }, isFrame)).toBe('$.a.b');
    expect(findNested({ a: { b: frame }, c: frame }, isFrame)).toBe('$.c');
    expect(findNested([1, [2, frame]], isFrame)).toBe('$[1][1]');
    expect(findNested({ a: 1, b: null, c: 'x' }, isFrame)).toBeUndefined();
    // A string is a value, not a list of characters.
    expect(findNested({ s: 'ab' }, (v) => v === 'a')).toBeUndefined();
    expect(findNested({ a: 1, b: [2] }, (v) => typeof v === 'string')).toBeUndefined();
  });

  it('should look at most maxDepth levels down and at the first 50 items of a list', () => {
    const deep = { a: { b: { c: { d: frame } } } };
    expect(findNested(deep, isFrame)).toBe('$.a.b.c.d');
    expect(findNested(deep, isFrame, 3)).toBeUndefined();
    expect(findNested({ a: { b: { c: { d: { e: frame } } } } }, isFrame)).toBeUndefined();
    const list = Array.from({ length: 51 }, (_, i) => (i === 50 ? frame : i));
    expect(findNested(list, isFrame)).toBeUndefined();
    expect(findNested(list.slice(1), isFrame)).toBe('$[49]');
  });
});

describe('noteWrapped', () => {
  const failed = fail('a frame', 'something else');

  it('should note where the documented value sat in a failure, and only when it came wrapped', () => {
    expect(noteWrapped(failed, isFrame, { data: frame })).toEqual({
      ...failed,
      found_at: '$.data',
    });
    // Strict: not even an undefined `found_at` key.
    expect(noteWrapped(failed, isFrame, frame)).toStrictEqual(failed);
    expect(noteWrapped(failed, isFrame, { other: 1 })).toStrictEqual(failed);
  });

  it('should leave a pass and a skip alone', () => {
    expect(noteWrapped(pass(), isFrame, { data: frame })).toEqual(pass());
    expect(noteWrapped(skip('why'), isFrame, { data: frame })).toEqual(skip('why'));
  });
});
