import { describe, expect, it } from 'vitest';
import { IGNORED_PREFER_HEADER, MAX_DELAY_MS, parsePrefer } from './prefer.js';

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

  it('should unquote only a value quoted whole, and name the header that lists what was ignored', () => {
    expect(parsePrefer('delay="5"x').error).toBe(
      'Prefer: delay="5"x is not a whole number of milliseconds',
    );
    expect(parsePrefer('delay=x"5"').error).toBe(
      'Prefer: delay=x"5" is not a whole number of milliseconds',
    );
    expect(IGNORED_PREFER_HEADER).toBe('X-Standin-Ignored-Prefer');
  });

  it('should read nothing from no header or empty parts', () => {
    expect(parsePrefer(undefined)).toEqual({ ignored: [] });
    expect(parsePrefer(' , ;')).toEqual({ ignored: [] });
  });

  it('should split on commas and semicolons, trim, ignore case in names and unquote values', () => {
    expect(parsePrefer(' CODE = "404" ;Delay=0')).toEqual({ code: 404, delay: 0, ignored: [] });
    expect(parsePrefer(`delay=${MAX_DELAY_MS}`)).toEqual({ delay: MAX_DELAY_MS, ignored: [] });
  });

  it('should accept every status from 100 to 599 and nothing else', () => {
    expect(parsePrefer('code=100').code).toBe(100);
    expect(parsePrefer('code=599').code).toBe(599);
    for (const code of ['600', '099', '1000', '5000', 'x500', '500x', ''])
      expect(parsePrefer(`code=${code}`), code).toEqual({
        ignored: [],
        error: `Prefer: code=${code} is not an HTTP status code (100–599)`,
      });
  });

  it('should refuse a delay that is empty, negative or not whole', () => {
    for (const delay of ['', '-1', '1.5', 'soon'])
      expect(parsePrefer(`delay=${delay}`), delay).toEqual({
        ignored: [],
        error: `Prefer: delay=${delay} is not a whole number of milliseconds`,
      });
  });

  it('should name the first malformed preference, and keep the value after a second =', () => {
    expect(parsePrefer('code=abc, delay=soon, fault=boom').error).toBe(
      'Prefer: code=abc is not an HTTP status code (100–599)',
    );
    expect(parsePrefer('fault=a=b')).toEqual({
      ignored: [],
      error: 'Prefer: fault=a=b is not a fault; use reset, empty, malformed',
    });
    expect(parsePrefer('delay=soon, fault=boom').error).toMatch(/^Prefer: delay=soon/);
    expect(parsePrefer('fault=boom, code=abc').error).toMatch(/^Prefer: fault=boom/);
  });
});
