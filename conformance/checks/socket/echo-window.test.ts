import { describe, expect, it } from 'vitest';
import { parseOptions } from '../../cli/options.js';
import { SetupError } from '../../runner/context.js';
import { ECHO_WINDOW_FACTOR, ECHO_WINDOW_FLOOR_MS, echoWindowMs } from './exchange.js';

const base = ['--base-url', 'http://127.0.0.1:1', '--token', 'a.b.c', '--peer-token', 'd.e.f'];

describe('The no-echo window (D31)', () => {
  it('should be the floor for a fast server and scale with a slow one', () => {
    expect(echoWindowMs(5)).toBe(ECHO_WINDOW_FLOOR_MS);
    expect(echoWindowMs(800)).toBe(800 * ECHO_WINDOW_FACTOR);
    expect(echoWindowMs(5, 300)).toBe(300);
  });

  it('should take its floor from --echo-window, and refuse anything but whole milliseconds', () => {
    expect(parseOptions([...base, '--echo-window', '2500'], {}).target?.echoWindowMs).toBe(2500);
    expect(parseOptions(base, {}).target?.echoWindowMs).toBeUndefined();
    expect(() => parseOptions([...base, '--echo-window', 'soon'], {})).toThrow(SetupError);
  });
});
