import { describe, expect, it } from 'vitest';
import { MAX_DELAY_MS, parsePrefer } from './prefer.js';

describe('parsePrefer', () => {
  it('should read code, delay and fault', () => {
    expect(parsePrefer('code=503, delay=20')).toEqual({ code: 503, delay: 20, ignored: [] });
    expect(parsePrefer('fault=reset')).toEqual({ fault: 'reset', ignored: [] });
  });

  it('should cap a delay and say so', () => {
    const prefer = parsePrefer(`delay=${MAX_DELAY_MS + 1}`);
    expect(prefer.delay).toBe(MAX_DELAY_MS);
    expect(prefer.ignored).toEqual([
      `delay=${MAX_DELAY_MS + 1} (above the ${MAX_DELAY_MS} ms cap; ${MAX_DELAY_MS} applied)`,
    ]);
  });

  it('should report unknown and repeated tokens, the first occurrence winning', () => {
    const prefer = parsePrefer('code=404, code=500, dynamic=true');
    expect(prefer.code).toBe(404);
    expect(prefer.ignored).toEqual([
      'code=500 (repeated; the first one applies)',
      'dynamic=true (unknown; the stand-in reads code, delay and fault)',
    ]);
  });

  it('should give an error for a malformed value, never a guess', () => {
    expect(parsePrefer('code=abc').error).toMatch(/code=abc/);
    expect(parsePrefer('code=99').error).toMatch(/code=99/);
    expect(parsePrefer('delay=soon').error).toMatch(/delay=soon/);
    expect(parsePrefer('fault=boom').error).toMatch(/reset, empty, malformed/);
  });

  it('should let a fault win over a code, and say so', () => {
    expect(parsePrefer('code=500, fault=empty')).toEqual({
      fault: 'empty',
      ignored: ['code=500 (fault=empty answers instead)'],
    });
  });
});
