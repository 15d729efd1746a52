import { connect } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type RunningProxy, startProxy } from '../../conformance/proxy/server.js';
import { ROUTES } from '../../spec/routes/index.js';
import { openAppSocket } from '../support/app-client.js';
import { startTestStandIn, type TestStandIn, UDO } from '../support/standin.js';

const SEED = 23;
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);

let standIn: TestStandIn;
let proxy: RunningProxy;
let token: string;
beforeAll(async () => {
  standIn = await startTestStandIn({ users: 4, messages: 20 }, undefined, {
    otherClients: 'generated junk through the validating proxy',
  });
  token = (await standIn.login(UDO.email)).token;
  proxy = await startProxy({ target: new URL(standIn.url), host: '127.0.0.1', port: 0 });
}, 60_000);
afterAll(async () => {
  await proxy?.close();
  await standIn?.stop();
});

const port = () => Number(new URL(proxy.url).port);

/** Sends raw bytes as one HTTP request and resolves with whatever came back, or on close. */
function rawRequest(bytes: Buffer): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port(), '127.0.0.1');
    const chunks: Buffer[] = [];
    const done = () => resolve(Buffer.concat(chunks).toString('latin1'));
    socket.setTimeout(3000, () => socket.destroy());
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', done);
    socket.on('close', done);
    // Not end(): a half-closed client is one that went away, and gets no answer by design.
    socket.write(bytes);
  });
}

const paths = ROUTES.map((r) => r.path.replace(/\{\w+\}/g, UDO.id));
const headerName = fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/);
const anyText = fc.string({ unit: 'binary', maxLength: 200 });
const body = fc.oneof(
  fc.json({ maxDepth: 3 }),
  anyText,
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('latin1')),
);

/** A request as bytes: a documented path or junk, any method, junk headers, any body. */
const junkRequest = fc
  .record({
    method: fc.oneof(
      fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'),
      fc.stringMatching(/^[A-Z]{1,8}$/),
    ),
    path: fc.oneof(
      fc.constantFrom(...paths),
      anyText.map((t) => `/${encodeURIComponent(t)}`),
      fc.webPath(),
    ),
    query: fc.option(fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 20 })), {
      nil: undefined,
    }),
    headers: fc.dictionary(
      headerName,
      fc.string({ maxLength: 40 }).map((v) => v.replace(/[\r\n]/g, ' ')),
      { maxKeys: 4 },
    ),
    json: fc.boolean(),
    auth: fc.boolean(),
    body,
  })
  .map(({ method, path, query, headers, json, auth, body }) => {
    const search = query ? `?${new URLSearchParams(query)}` : '';
    const bytes = Buffer.from(body, 'latin1');
    const lines = [
      `${method} ${path}${search} HTTP/1.1`,
      'Host: proxy',
      'Connection: close',
      ...(auth ? [`Authorization: Bearer ${token}`] : []),
      ...(json ? ['Content-Type: application/json'] : []),
      ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
      `Content-Length: ${bytes.length}`,
    ];
    return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), bytes]);
  });

/** Frames a client may send: text, JSON, binary, and chat_message-like objects with junk values. */
const junkFrame = fc.oneof(
  anyText.map((text) => ({ data: text, binary: false })),
  fc.json({ maxDepth: 3 }).map((text) => ({ data: text, binary: false })),
  fc.uint8Array({ maxLength: 200 }).map((b) => ({ data: Buffer.from(b), binary: true })),
  fc
    .record({
      action: fc.constantFrom('chat_message', 'typing', 7),
      message_body: fc.anything(),
      receiver_id: fc.anything(),
    })
    .map((f) => ({ data: JSON.stringify(f) ?? 'null', binary: false })),
);

describe('The validating proxy under generated junk', () => {
  it('should answer every HTTP request it is sent, junk included, and never crash', async () => {
    await fc.assert(
      fc.asyncProperty(junkRequest, async (bytes) => {
        const answer = await rawRequest(bytes);
        // The proxy answers junk itself (400) when it cannot parse it: silence is a failure.
        return /^HTTP\/1\.1 \d{3} /.test(answer);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    const res = await fetch(`${proxy.url}/__proxy/findings`);
    expect(res.status).toBe(200);
  });

  it('should forward every generated frame both ways and keep serving sockets', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(junkFrame, { minLength: 1, maxLength: 6 }), async (frames) => {
        const before = proxy.runtime.counts.frames;
        const ws = await openAppSocket(proxy.url.replace(/^http/, 'ws'), token);
        const closedByServer = new Promise<boolean>((resolve) => {
          ws.once('close', () => resolve(true));
          setTimeout(resolve, 200, false);
        });
        for (const frame of frames) ws.send(frame.data, { binary: frame.binary });
        // Every frame passed the link unless the stand-in closed the socket on one of them.
        const cut = await closedByServer;
        const passed = proxy.runtime.counts.frames - before;
        const closed = new Promise((resolve) => ws.once('close', resolve));
        if (ws.readyState === WebSocket.OPEN) ws.close();
        else if (ws.readyState === WebSocket.CLOSED) return passed >= 1;
        await closed;
        return cut ? passed >= 1 : passed >= frames.length;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    const ws = await openAppSocket(proxy.url.replace(/^http/, 'ws'), token);
    ws.close();
    expect(proxy.runtime.counts.frames).toBeGreaterThan(RUNS);
    expect(proxy.runtime.findings.list().some((f) => f.side === 'client')).toBe(true);
  });
});
