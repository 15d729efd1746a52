import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { FailureEnvelopeSchema } from '../../spec/schemas/envelope.js';
import { appSession, nextFrame, openAppSocket } from '../support/app-client.js';
import { useBreakingProxy } from '../support/conformance.js';
import {
  eventually,
  freePort,
  KYRIAN,
  type TestStandIn,
  UDO,
  useStandIn,
} from '../support/standin.js';
import { findingKeys, useValidatingProxy } from '../support/validating-proxy.js';
import { HTTP_VARIANTS } from '../support/variants/http.js';
import { SOCKET_VARIANTS } from '../support/variants/socket.js';

let standIn: TestStandIn;
useStandIn(
  (started) => ({ standIn } = started),
  {},
  {
    otherClients: 'an app-like client through the validating proxy',
  },
);
const breaking = useBreakingProxy(() => standIn.url);
const validating = useValidatingProxy();

const variant = (name: string) => {
  const found = [...HTTP_VARIANTS, ...SOCKET_VARIANTS].find((v) => v.name === name);
  if (!found) throw new Error(`no variant "${name}"`);
  return found.breakage({ userToken: '', secret: '' });
};

describe('The validating proxy in front of the stand-in', () => {
  it('should forward a whole app session unchanged and find nothing', async () => {
    const proxy = await validating(standIn.url);
    const session = await appSession(proxy.url);
    expect(session.statuses.every((s) => s === 200)).toBe(true);
    expect(JSON.parse(session.delivered ?? '{}')).toMatchObject({
      action: 're_message',
      message_body: 'hello via the proxy',
      sender_id: UDO.id,
    });
    await eventually(() => expect(proxy.runtime.counts).toMatchObject({ http: 9, sockets: 2 }));
    expect(findingKeys(proxy.runtime.findings.list())).toEqual([]);
    expect(proxy.runtime.unmatched.size).toBe(0);
  });

  it('should forward a GET with a body, which fetch cannot send, and judge it', async () => {
    const proxy = await validating(standIn.url);
    const { token } = await standIn.login(UDO.email);
    const { request } = await import('node:http');
    const body = JSON.stringify({ coin: 'btc' });
    const answer = await new Promise<string>((resolve) => {
      const req = request(`${proxy.url}/exec/coin/enable/`, {
        method: 'GET',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      });
      req.on('response', (res) => {
        let text = `${res.statusCode} `;
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () => resolve(text));
      });
      req.end(body);
    });
    // The body arrived: the stand-in names the coin it read from it.
    expect(answer).toMatch(/btc/);
    await eventually(() => expect(proxy.runtime.counts.http).toBe(1));
    expect(proxy.runtime.findings.list()).toEqual([]);
  });

  it('should report a chat_message frame the client broke as a client-side finding, and forward it', async () => {
    const proxy = await validating(standIn.url);
    const { token } = await standIn.login(UDO.email);
    const ws = await openAppSocket(proxy.url.replace(/^http/, 'ws'), token);
    const answer = nextFrame(ws);
    ws.send(JSON.stringify({ action: 'chat_message', message_body: 42, receiver_id: KYRIAN.id }));
    // Forwarded as-is: the stand-in's own refusal comes back through the proxy.
    expect(JSON.parse((await answer) ?? '{}')).toMatchObject({
      action: 'error',
      code: 'invalid_frame',
    });
    ws.close();
    await eventually(() =>
      expect(findingKeys(proxy.runtime.findings.list())).toEqual([
        'client chat_message client.schema.type',
      ]),
    );
    const [finding] = proxy.runtime.findings.list();
    expect(finding?.verdict).toMatchObject({ outcome: 'fail', path: '$.message_body' });
    expect(JSON.stringify(finding?.transcript)).not.toContain(token);
  });

  it('should count a repeated finding once, with its count', async () => {
    const proxy = await validating(standIn.url);
    const { token } = await standIn.login(UDO.email);
    const ws = await openAppSocket(proxy.url.replace(/^http/, 'ws'), token);
    for (let i = 0; i < 12; i++) ws.send('not json');
    await eventually(() => expect(proxy.runtime.findings.list()[0]?.count).toBe(12));
    ws.close();
    expect(findingKeys(proxy.runtime.findings.list())).toEqual([
      'client chat_message client.frame.json',
    ]);
    expect(proxy.lines).toEqual([
      'new chat_message client.frame.json',
      'again chat_message client.frame.json',
    ]);
  });
});

describe('The validating proxy in front of a breaking server', () => {
  /** Each app session's findings, in order, with how often each was seen (login runs twice). */
  const everyOperation = (rule: string, operations: string[]) =>
    operations.map((op) => `server ${op} ${rule} ×${op === 'login' ? 2 : 1}`);
  const cases = [
    {
      name: 'a wrong status code on every response',
      finding: 'server currentUser status',
      all: everyOperation('status', [
        'login',
        'currentUser',
        'getUserThreads',
        'getMessages',
        'getUserSettings',
        'listTransactions',
        'listDeposits',
        'listUsers',
      ]),
    },
    {
      name: 'success contradicting the status field',
      finding: 'server currentUser envelope.success-matches-status',
      all: everyOperation('envelope.success-matches-status', [
        'login',
        'currentUser',
        'getUserThreads',
        'getMessages',
        'getUserSettings',
        'listUsers',
      ]),
    },
    {
      name: 'a re_message wrapped inside another object',
      finding: 'server re_message delivery.unwrapped',
      all: ['server re_message delivery.unwrapped ×1'],
    },
  ];
  for (const { name, finding, all } of cases)
    it(`should report ${name} once per operation, with its rule and count`, async () => {
      const proxy = await validating(await breaking(variant(name)));
      await appSession(proxy.url);
      await eventually(() => expect(findingKeys(proxy.runtime.findings.list())).toContain(finding));
      const findings = proxy.runtime.findings.list();
      expect(findings.map((f) => `${findingKeys([f])[0]} ×${f.count}`)).toEqual(all);
      const found = findings.find((f) => findingKeys([f])[0] === finding);
      expect(found?.verdict.outcome).toBe('fail');
      expect(found?.http ?? found?.transcript).toBeDefined();
    });
});

describe('The validating proxy on faults', () => {
  it('should answer 502 in the documented envelope when the target does not answer, and report it', async () => {
    const proxy = await validating(`http://127.0.0.1:${await freePort()}`);
    const res = await fetch(`${proxy.url}/auth/user/`);
    expect(res.status).toBe(502);
    expect(FailureEnvelopeSchema.parse(await res.json()).message).toMatch(/did not answer/);
    const refused = await openAppSocket(proxy.url.replace(/^http/, 'ws'), 'x').catch((e) => e);
    expect(String(refused)).toContain('502');
    expect(findingKeys(proxy.runtime.findings.list())).toEqual([
      'server currentUser upstream.unreachable',
      'server socket upstream.unreachable',
    ]);
  });

  it('should not judge a request body it did not keep whole: over 1 MiB, or an unknown encoding', async () => {
    const proxy = await validating(standIn.url);
    const post = (body: string, headers: Record<string, string> = {}) =>
      fetch(`${proxy.url}/auth/login/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      }).then((res) => res.text());
    await post(JSON.stringify({ email: UDO.email, password: 'x'.repeat(1024 * 1024) }));
    await post(JSON.stringify({ email: UDO.email, password: 'x' }), { 'content-encoding': 'zstd' });
    await eventually(() => expect(proxy.runtime.counts.http).toBe(2));
    expect(findingKeys(proxy.runtime.findings.list())).not.toContain(
      'client login client.json-body',
    );
  });

  it('should keep /__proxy to itself: never forwarded, a 404 in the envelope for what it lacks', async () => {
    const proxy = await validating(standIn.url);
    const res = await fetch(`${proxy.url}/__proxy/nothing`);
    expect(res.status).toBe(404);
    expect(FailureEnvelopeSchema.parse(await res.json()).message).toContain(
      'GET /__proxy/findings',
    );
    const findings = await (await fetch(`${proxy.url}/__proxy/findings`)).json();
    expect(findings).toMatchObject({ forwarded: { http: 0 }, findings: [] });
  });

  it('should forward a binary frame and invalid UTF-8 as they came, and report them', async () => {
    const proxy = await validating(standIn.url);
    const { token } = await standIn.login(UDO.email);
    const ws = await openAppSocket(proxy.url.replace(/^http/, 'ws'), token);
    const first = nextFrame(ws);
    ws.send(Buffer.from([1, 2, 3]), { binary: true });
    expect(JSON.parse((await first) ?? '{}')).toMatchObject({ code: 'binary_not_supported' });
    const closed = new Promise<number>((resolve) => ws.once('close', resolve));
    // Invalid UTF-8 in a text frame: the proxy forwards it; the stand-in closes with 1007.
    (ws as unknown as { _sender: { send(d: Buffer, o: object): void } })._sender.send(
      Buffer.from([0xff, 0xfe]),
      { binary: false, fin: true, mask: true, opcode: 1, readOnly: false, rsv1: false },
    );
    expect(await closed).toBe(1007);
    // 1007 answers the client's broken frame (RFC 6455 §8.1, D129): no drift of the server's.
    await eventually(() =>
      expect(findingKeys(proxy.runtime.findings.list())).toEqual([
        'client chat_message client.frame.binary',
        'client chat_message client.frame.json',
      ]),
    );
    expect(WebSocket.CLOSED).toBe(ws.readyState);
  });

  for (const [code, key] of [
    [1011, 'server socket close.internal-error'],
    [4400, 'server socket close.code'],
  ] as const)
    it(`should report the server closing with ${code} after a valid frame as ${key}`, async () => {
      const proxy = await validating(await breaking({ clientFrame: () => ({ close: code }) }));
      const { token } = await standIn.login(UDO.email);
      const ws = await openAppSocket(proxy.url.replace(/^http/, 'ws'), token);
      const closed = new Promise<number>((resolve) => ws.once('close', resolve));
      ws.send(
        JSON.stringify({ action: 'chat_message', message_body: 'hi', receiver_id: KYRIAN.id }),
      );
      expect(await closed).toBe(code);
      await eventually(() => expect(findingKeys(proxy.runtime.findings.list())).toEqual([key]));
    });
});
