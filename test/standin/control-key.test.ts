import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig, type StandInConfig } from '../../src/server/config.js';
import { type RunningStandIn, startStandIn } from '../../src/server/start.js';

const running: RunningStandIn[] = [];
afterEach(async () => {
  for (const standIn of running.splice(0)) await standIn.close();
});

/** Starts a small stand-in and keeps its banner; every request goes to 127.0.0.1 only. */
async function start(overrides: Partial<StandInConfig>) {
  const lines: string[] = [];
  const standIn = await startStandIn(
    {
      host: '127.0.0.1',
      port: 0,
      db: ':memory:',
      reset: false,
      seed: 7,
      users: 2,
      messages: 10,
      latencyMs: 0,
      quiet: false,
      ...overrides,
    },
    (line) => lines.push(line),
  );
  running.push(standIn);
  const local = `http://127.0.0.1:${standIn.port}`;
  const users = (headers: Record<string, string> = {}) =>
    fetch(`${local}/__mock/users`, { headers });
  return { standIn, banner: lines[0] ?? '', local, users };
}

describe('The control key (X-Mock-Key)', () => {
  it('should guard /__mock/* when bound to 0.0.0.0, and print the generated key', async () => {
    const { banner, users, local } = await start({ host: '0.0.0.0' });
    expect(banner).toContain('Reachable from OTHER MACHINES');
    const key = banner.match(/X-Mock-Key: (\S+)/)?.[1];
    expect(key).toBeDefined();

    const refused = await users();
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({
      status: 'failure',
      message: expect.stringContaining('X-Mock-Key'),
    });
    expect((await users({ 'x-mock-key': `${key}x` })).status).toBe(401);
    expect((await users({ 'x-mock-key': key as string })).status).toBe(200);
    const reset = await fetch(`${local}/__mock/reset`, { method: 'POST' });
    expect(reset.status).toBe(401);

    // The API itself keeps its own auth: login needs no control key.
    const login = await fetch(`${local}/auth/login/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'onuhudoudo@gmail.com', password: 'password123' }),
    });
    expect(login.status).toBe(200);
  });

  it('should use the key given with --control-key', async () => {
    const { banner, users } = await start({ host: '0.0.0.0', controlKey: 'team-secret' });
    expect(banner).toContain('X-Mock-Key: team-secret');
    expect((await users({ 'x-mock-key': 'team-secret' })).status).toBe(200);
    expect((await users()).status).toBe(401);
  });

  it('should leave the controls open on 127.0.0.1 and say so', async () => {
    const { banner, users } = await start({});
    expect(banner).toContain('Reachable from this machine only');
    expect((await users()).status).toBe(200);
  });

  it('should demand a key set on loopback too', async () => {
    const { users } = await start({ controlKey: 'k' });
    expect((await users()).status).toBe(401);
    expect((await users({ 'x-mock-key': 'k' })).status).toBe(200);
  });
});

describe('Where the control key comes from', () => {
  it('should read --control-key, else NINEAPP_CONTROL_KEY', () => {
    expect(parseConfig(['--control-key', 'a'], { NINEAPP_CONTROL_KEY: 'b' })).toMatchObject({
      controlKey: 'a',
    });
    expect(parseConfig([], { NINEAPP_CONTROL_KEY: 'b' })).toMatchObject({ controlKey: 'b' });
    expect(parseConfig([], {})).toMatchObject({ controlKey: undefined, journal: 1000 });
    expect(() => parseConfig(['--bogus'], {})).toThrow("Unknown option '--bogus' (see --help)");
  });

  it('should keep a generated key with the data, so a restart prints the same one', async () => {
    const dir = mkdtempSync(join(tmpdir(), '9app-key-'));
    try {
      const db = join(dir, 'standin.sqlite');
      const first = await start({ host: '0.0.0.0', db });
      await first.standIn.close();
      running.splice(running.indexOf(first.standIn), 1);
      const second = await start({ host: '0.0.0.0', db });
      const key = (banner: string) => banner.match(/X-Mock-Key: (\S+)/)?.[1];
      expect(key(second.banner)).toBeDefined();
      expect(key(second.banner)).toBe(key(first.banner));
    } finally {
      for (const standIn of running.splice(0)) await standIn.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
