import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { HttpResult, SocketSession } from '../../conformance/client/http-client.js';
import type { StandInConfig } from '../../src/server/config.js';
import { type RunningStandIn, startStandIn } from '../../src/server/start.js';
import { type StandInCall, watchedClient } from './contract-watch.js';

/** The documented people, by their docs' emails. */
export const UDO = { id: '68f6cebe-1dfb-418d-8c4e-3ada680984d1', email: 'onuhudoudo@gmail.com' };
export const KYRIAN = {
  id: '8b979f92-2d5d-471f-abdc-4f8259f5736a',
  email: 'udokyrian@outlook.com',
};
export const CODEBEE = {
  id: '96bf0d3f-720d-4620-8dee-0f59f997cb51',
  email: 'codebee345@outlook.com',
};
export const PASSWORD = 'password123';

export interface TestStandIn extends RunningStandIn {
  dbPath: string;
  /** The request log and socket events the stand-in printed. */
  logLines: string[];
  call: StandInCall;
  login(email: string): Promise<{ token: string; refresh: string }>;
  socket(token: string): Promise<SocketSession>;
  stop(): Promise<void>;
}

/** How a test file talks to its stand-in. */
export interface WatchOptions {
  /**
   * Why clients other than `call` and `socket` (the conformance suite, a browser) also talk to this
   * stand-in. Without a reason, `stop()` fails unless every HTTP response the stand-in served went
   * through the contract watch (test/support/contract-watch.ts).
   */
  otherClients?: string;
}

/** A request-log line (`GET /path 200 1.2ms`) for an HTTP response, not the socket's upgrade. */
const SERVED_HTTP = /^[A-Z]+ \/(?!chat\/room\/ws|ws\/chat\/room)\S* \d{3} /;

/**
 * Starts the real stand-in on a free port with a fresh SQLite file in a temp folder. Every response
 * `call` receives and every frame a `socket` receives is checked against the published documents.
 */
export async function startTestStandIn(
  overrides: Partial<StandInConfig> = {},
  dir = mkdtempSync(join(tmpdir(), '9app-test-')),
  { otherClients }: WatchOptions = {},
): Promise<TestStandIn> {
  const dbPath = join(dir, 'standin.sqlite');
  const config: StandInConfig = {
    host: '127.0.0.1',
    port: 0,
    db: dbPath,
    reset: false,
    seed: 7,
    users: 12,
    messages: 300,
    latencyMs: 0,
    // The request log is how `stop()` counts what the stand-in served.
    quiet: false,
    strict: false,
    ...overrides,
  };
  const logLines: string[] = [];
  const running = await startStandIn(config, (line) => logLines.push(line));
  const sockets: SocketSession[] = [];
  const client = watchedClient(running.url);
  const { call } = client;
  return {
    ...running,
    dbPath,
    logLines,
    call,
    async login(email) {
      const res = await call({
        method: 'POST',
        path: '/auth/login/',
        body: { email, password: PASSWORD },
      });
      if (!res.ok || res.status !== 200) throw new Error(`login failed: ${JSON.stringify(res)}`);
      const entity = (res.json as { entity: { token: string; refresh_token: string } }).entity;
      return { token: entity.token, refresh: entity.refresh_token };
    },
    async socket(token) {
      const opened = await client.openSocket(`${running.wsUrl}?token=${token}`);
      if (!opened.ok) throw new Error(opened.error);
      sockets.push(opened.session);
      return opened.session;
    },
    async stop() {
      await Promise.all(sockets.map((s) => s.close()));
      await running.close();
      if (!overrides.db) rmSync(dir, { recursive: true, force: true });
      if (otherClients) return;
      const served = logLines.filter((line) => SERVED_HTTP.test(line)).length;
      expect(client.checked(), 'responses checked against the published contract').toBe(served);
    },
  };
}

/** Polls until `check` stops throwing; the hocuspocus way, instead of fixed sleeps. */
export async function eventually(
  check: () => void | Promise<void>,
  timeoutMs = 3000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/** Asserts an HTTP result arrived with a status, and returns its JSON. */
export function expectStatus(res: HttpResult, status: number): unknown {
  if (!res.ok) throw new Error(`no response: ${res.error}`);
  expect(res.status, res.text.slice(0, 300)).toBe(status);
  return res.json;
}

/** A port where nothing listens right now: bound, read, released. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * One stand-in for a whole test file, logged in as the docs' onuhudoudo; `assign` hands the file
 * its `standIn` and `token` once started, and the stand-in stops after the file.
 *
 * @example
 * let standIn: TestStandIn;
 * let token: string;
 * useStandIn((started) => ({ standIn, token } = started));
 */
export function useStandIn(
  assign: (started: { standIn: TestStandIn; token: string }) => void,
  overrides: Partial<StandInConfig> = {},
  options: WatchOptions = {},
): void {
  let running: TestStandIn | undefined;
  beforeAll(async () => {
    running = await startTestStandIn(overrides, undefined, options);
    assign({ standIn: running, token: (await running.login(UDO.email)).token });
  }, 60_000);
  afterAll(() => running?.stop());
}
