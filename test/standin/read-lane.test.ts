import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  it,
  type MockInstance,
  vi,
} from 'vitest';
import { CODEBEE, KYRIAN, startTestStandIn, type TestStandIn, UDO } from '../support/standin.js';

/**
 * The read lane (src/app/read-lane.ts) answers the hot reads before Hono. It is only right if
 * nobody can tell: every answer, log line and journal entry must equal what the full chain gives.
 * Two stand-ins share one database, one with the lane and one without, and get the same requests.
 */

interface RawAnswer {
  status: number;
  /** Node's raw header pairs, in order and case as sent, without `Date`. */
  headers: string[];
  body: string;
}

function send(
  base: string,
  path: string,
  method = 'GET',
  headers: Record<string, string | string[]> = {},
  body?: string,
) {
  return new Promise<RawAnswer>((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const pairs: string[] = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) {
          const name = res.rawHeaders[i] as string;
          if (name.toLowerCase() !== 'date') pairs.push(name, res.rawHeaders[i + 1] as string);
        }
        resolve({
          status: res.statusCode ?? 0,
          headers: pairs,
          body: Buffer.concat(chunks).toString(),
        });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The newest journal entry, without what differs between two servers: ids, times, the port. */
async function lastJournalEntry(standIn: TestStandIn): Promise<unknown> {
  const res = await fetch(`${standIn.url}/__mock/requests?limit=1`);
  const [entry] = ((await res.json()) as { entity: Record<string, unknown>[] }).entity;
  return JSON.parse(JSON.stringify(entry), (key, value) =>
    ['id', 'at', 'time', 'duration_ms', 'host'].includes(key) ? undefined : value,
  );
}

const lastLogLine = (standIn: TestStandIn) =>
  standIn.logLines.at(-1)?.replace(/ [\d.]+ms\b/, ' <ms>');

// Strict, the chain refuses more (301 without the slash, 415 for a form, D63): still the same.
describe.each([false, true])('read lane (strict: %s)', (strict) => {
  const why = { otherClients: 'raw node requests compare the two servers byte for byte' };
  let lane: TestStandIn;
  let chain: TestStandIn;
  let auth: Record<string, string>;
  let peerAuth: string;

  // The lane hands a request it fails on to Hono, so only the printed error shows a lane bug.
  let printedErrors: MockInstance<typeof console.error>;
  beforeAll(async () => {
    printedErrors = vi.spyOn(console, 'error');
    const dir = mkdtempSync(join(tmpdir(), '9app-lane-'));
    lane = await startTestStandIn({ strict }, dir, why);
    chain = await startTestStandIn({ strict, readLane: false }, dir, why);
    auth = { authorization: `Bearer ${(await lane.login(UDO.email)).token}` };
    peerAuth = `Bearer ${(await lane.login(KYRIAN.email)).token}`;
  }, 60_000);
  afterEach(() => {
    expect(printedErrors).not.toHaveBeenCalled();
  });
  afterAll(async () => {
    printedErrors.mockRestore();
    await lane?.stop();
    await chain?.stop();
  });

  /** Sends one request to both servers: answers, log lines and journal entries must be equal. */
  async function both(
    path: string,
    method = 'GET',
    headers: Record<string, string | string[]> = {},
    body?: string,
  ) {
    const before = lane.readLaneServed();
    const viaLane = await send(lane.url, path, method, headers, body);
    const viaChain = await send(chain.url, path, method, headers, body);
    expect(viaLane).toEqual(viaChain);
    expect(lastLogLine(lane)).toEqual(lastLogLine(chain));
    expect(await lastJournalEntry(lane)).toEqual(await lastJournalEntry(chain));
    expect(chain.readLaneServed()).toBe(0);
    return { answer: viaLane, laneTook: lane.readLaneServed() - before === 1 };
  }

  const conversation = `/chat/messages/${CODEBEE.id}/`;

  it('should answer plain ready reads itself, exactly as the full chain does', async () => {
    const cases: [string, string, Record<string, string>][] = [
      ['GET', conversation, auth],
      ['GET', conversation, { ...auth, origin: 'http://app.test' }],
      ['GET', `/chat/messages/${KYRIAN.id.toUpperCase()}/`, auth],
      ['GET', '/chat/get-user-threads/', auth],
      ['POST', '/auth/users/', auth],
      [
        'POST',
        '/auth/users/',
        { ...auth, 'content-type': 'application/json', 'content-length': '0' },
      ],
    ];
    for (const [method, path, headers] of cases) {
      const { answer, laneTook } = await both(path, method, headers);
      expect(answer.status, `${method} ${path}`).toBe(200);
      expect(laneTook, `${method} ${path} taken by the lane`).toBe(true);
    }
  });

  it('should hand everything else to the full chain', async () => {
    const cases: [string, string, Record<string, string | string[]>, string?][] = [
      ['GET', conversation, {}], // no credentials: 401
      // Node keeps the first of two Authorization headers; the chain sees both, and refuses.
      ['GET', conversation, { authorization: [auth.authorization ?? '', peerAuth] }],
      ['GET', conversation, { authorization: 'Bearer not.a.token' }],
      ['GET', '/chat/messages/00000000-0000-4000-8000-000000000000/', auth], // no such user: 404
      ['GET', '/chat/messages/not-a-uuid/', auth],
      ['HEAD', conversation, auth],
      ['GET', `${conversation}?page=2`, auth],
      ['GET', conversation.slice(0, -1), auth], // no trailing slash: a deviation (D22)
      ['GET', conversation.replace('96bf', '%39%36bf'), auth],
      ['GET', conversation, { ...auth, prefer: 'code=503' }],
      ['POST', '/auth/users/', { ...auth, 'content-type': 'application/json' }, '{}'],
      ['GET', '/auth/users/', auth], // 405
      // Hosts @hono/node-server refuses with a bare 400 before Hono runs: nothing logged.
      ['GET', conversation, { ...auth, host: 'LOCALHOST:8000' }],
      ['GET', conversation, { ...auth, host: 'localhost:99999' }],
      ['GET', conversation, { ...auth, host: '[::1' }],
      // An Upgrade without `Connection: upgrade` is a plain request, which the journal skips.
      ['GET', conversation, { ...auth, upgrade: 'websocket' }],
      // A form body, even chunked, is a deviation the chain names (D63).
      [
        'POST',
        '/auth/users/',
        {
          ...auth,
          'content-type': 'application/x-www-form-urlencoded',
          'transfer-encoding': 'chunked',
        },
        'a=1',
      ],
    ];
    for (const [method, path, headers, body] of cases) {
      const { laneTook } = await both(path, method, headers, body);
      expect(laneTook, `${method} ${path} ${JSON.stringify(headers)}`).toBe(false);
    }
    // Every entry recorded above still lists.
    for (const standIn of [lane, chain])
      expect((await fetch(`${standIn.url}/__mock/requests`)).status).toBe(200);
  });

  it('should stand aside while an HTTP fault is set, so the fault applies', async () => {
    const fault = {
      kind: 'http',
      match: { method: 'GET', path: '/chat/get-user-threads/' },
      effect: { status: 503 },
    };
    const ids: number[] = [];
    for (const standIn of [lane, chain]) {
      const res = await fetch(`${standIn.url}/__mock/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(fault),
      });
      ids.push(((await res.json()) as { entity: { id: number } }).entity.id);
    }
    const { answer, laneTook } = await both('/chat/get-user-threads/', 'GET', auth);
    expect(answer.status).toBe(503);
    expect(laneTook).toBe(false);
    await Promise.all(
      [lane, chain].map((s) => fetch(`${s.url}/__mock/faults`, { method: 'DELETE' })),
    );
    expect((await both('/chat/get-user-threads/', 'GET', auth)).laneTook).toBe(true);
  });
});

describe('read lane and --latency', () => {
  it('should stand aside under --latency, so every answer is delayed', async () => {
    const slow = await startTestStandIn({ latencyMs: 60 }, undefined, {
      otherClients: 'raw node requests',
    });
    try {
      const headers = { authorization: `Bearer ${(await slow.login(UDO.email)).token}` };
      const started = performance.now();
      const answer = await send(slow.url, '/chat/get-user-threads/', 'GET', headers);
      expect(answer.status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(55);
      expect(slow.readLaneServed()).toBe(0);
    } finally {
      await slow.stop();
    }
  });
});
