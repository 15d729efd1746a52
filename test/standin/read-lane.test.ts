import { beforeAll, describe, expect, it } from 'vitest';
import { sendRaw as send, useLaneAndChain } from '../support/lane-pair.js';
import { CODEBEE, KYRIAN, startTestStandIn, UDO } from '../support/standin.js';

/**
 * The read lane (src/app/read-lane.ts) answers the hot reads before Hono. It is only right if
 * nobody can tell: every answer, log line and journal entry must equal what the full chain gives.
 * Two stand-ins share one database, one with the lane and one without, and get the same requests.
 */

// Strict, the chain refuses more (301 without the slash, 415 for a form, D63): still the same.
describe.each([false, true])('read lane (strict: %s)', (strict) => {
  const pair = useLaneAndChain({ strict });
  const both = pair.both;
  let auth: Record<string, string>;
  let peerAuth: string;
  beforeAll(async () => {
    auth = { authorization: `Bearer ${(await pair.lane.login(UDO.email)).token}` };
    peerAuth = `Bearer ${(await pair.lane.login(KYRIAN.email)).token}`;
  });

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
    for (const standIn of [pair.lane, pair.chain])
      expect((await fetch(`${standIn.url}/__mock/requests`)).status).toBe(200);
  });

  it('should stand aside while an HTTP fault is set, so the fault applies', async () => {
    const fault = {
      kind: 'http',
      match: { method: 'GET', path: '/chat/get-user-threads/' },
      effect: { status: 503 },
    };
    const ids: number[] = [];
    for (const standIn of [pair.lane, pair.chain]) {
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
      [pair.lane, pair.chain].map((s) => fetch(`${s.url}/__mock/faults`, { method: 'DELETE' })),
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
