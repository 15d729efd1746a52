import { describe, expect, it } from 'vitest';
import { openSocket } from '../../conformance/client/http-client.js';
import { ROUTES } from '../../spec/routes/index.js';
import { FailureEnvelopeSchema } from '../../spec/schemas/envelope.js';
import { ErrorFrameSchema, FRAME_MAX_BYTES } from '../../spec/schemas/socket.js';
import { expectStatus, KYRIAN, type TestStandIn, UDO, useStandIn } from '../support/standin.js';

let standIn: TestStandIn;
let token: string;
useStandIn((started) => ({ standIn, token } = started));

/** A concrete path for each contract route, its parameters filled with a real id. */
const concrete = (path: string) => path.replace('{uid}', KYRIAN.id).replace('{user_id}', KYRIAN.id);

const BAD_BODIES: [string, string, Record<string, string>][] = [
  ['malformed JSON', '{"coin": ', { 'content-type': 'application/json' }],
  [
    'wrong types',
    '{"coin": 5, "email": [], "password": {}, "refresh": 1, "can_trade_btc": "yes"}',
    { 'content-type': 'application/json' },
  ],
  ['a JSON array', '[1,2,3]', { 'content-type': 'application/json' }],
  [
    'an oversized body',
    `{"coin":"${'x'.repeat(1024 * 1024 + 10)}"}`,
    { 'content-type': 'application/json' },
  ],
  ['a broken form', '%%%=%%%', { 'content-type': 'application/x-www-form-urlencoded' }],
];

describe('Bad HTTP input', () => {
  for (const route of ROUTES) {
    it(`should answer ${route.method.toUpperCase()} ${route.path} with a documented status and shape, never a 5xx`, async () => {
      for (const [label, body, headers] of BAD_BODIES) {
        const res = await standIn.call({
          method: route.method.toUpperCase(),
          path: concrete(route.path),
          token,
          body,
          headers,
        });
        if (!res.ok) throw new Error(`${label}: ${res.error}`);
        expect(res.status, `${label}: ${res.text.slice(0, 200)}`).toBeLessThan(500);
        expect(res.headers['content-type'], label).toMatch(/^application\/json/);
        if (res.status === 400 || res.status === 404)
          expect(FailureEnvelopeSchema.safeParse(res.json).success, label).toBe(true);
        else
          expect(Object.keys(route.responses), `${label} answered ${res.status}`).toContain(
            String(res.status),
          );
      }
    });
  }

  it('should answer unknown routes with a JSON 404 envelope, not HTML', async () => {
    const body = expectStatus(await standIn.call({ method: 'GET', path: '/no/such/thing' }), 404);
    expect(body).toEqual({ status: 'failure', entity: null, message: 'Not found', success: false });
  });

  it('should route paths without their trailing slash for every method, without redirecting', async () => {
    expectStatus(await standIn.call({ method: 'POST', path: '/auth/users', token }), 200);
    expectStatus(
      await standIn.call({ method: 'GET', path: `/chat/messages/${KYRIAN.id}`, token }),
      200,
    );
    expectStatus(
      await standIn.call({
        method: 'POST',
        path: `/exec/user/settings/${KYRIAN.id}`,
        token,
        body: { can_deposit: true },
      }),
      200,
    );
  });

  it('should force documented responses with Prefer: code=N, and undocumented ones in the envelope', async () => {
    const forced = expectStatus(
      await standIn.call({
        method: 'GET',
        path: `/chat/messages/${KYRIAN.id}/`,
        token,
        headers: { prefer: 'code=404' },
      }),
      404,
    );
    expect(forced).toMatchObject({ message: 'Invalid receipient' });
    expectStatus(
      await standIn.call({
        method: 'GET',
        path: '/transactions/all/',
        token,
        headers: { prefer: 'code=401' },
      }),
      401,
    );
    const refused = expectStatus(
      await standIn.call({
        method: 'GET',
        path: '/transactions/all/',
        token,
        headers: { prefer: 'code=418' },
      }),
      418,
    );
    expect(refused).toMatchObject({ status: 'failure', message: expect.stringMatching(/forced/) });
  });

  it('should delay a response by Prefer: delay=MS', async () => {
    const res = await standIn.call({
      method: 'GET',
      path: '/auth/user/',
      token,
      headers: { prefer: 'delay=150' },
    });
    expect(res.ms).toBeGreaterThanOrEqual(140);
  });

  it('should allow any origin with credentials and the Authorization header', async () => {
    const res = await standIn.call({
      method: 'OPTIONS',
      path: '/auth/user/',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    if (!res.ok) throw new Error(res.error);
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect(res.headers['access-control-allow-credentials']).toBe('true');
    expect(res.headers['access-control-allow-headers']?.toLowerCase()).toContain('authorization');
  });
});

describe('Bad socket input', () => {
  it('should refuse a handshake without a valid token with HTTP 403', async () => {
    for (const query of ['', '?token=', '?token=garbage']) {
      const opened = await openSocket(`${standIn.wsUrl}${query}`);
      expect(opened.ok ? 'open' : opened.status).toBe(403);
    }
  });

  it('should answer every bad frame with an error frame and keep the socket open', async () => {
    const socket = await standIn.socket(token);
    const frames: [string | Buffer, string][] = [
      ['not json', 'invalid_json'],
      ['[1,2]', 'invalid_frame'],
      ['{"action":"typing"}', 'unknown_action'],
      ['{"message_body":"no action"}', 'unknown_action'],
      ['{"action":"chat_message","message_body":5,"receiver_id":"x"}', 'invalid_frame'],
      [
        '{"action":"chat_message","message_body":"","receiver_id":"8b979f92-2d5d-471f-abdc-4f8259f5736a"}',
        'invalid_frame',
      ],
      [
        JSON.stringify({ action: 'chat_message', message_body: 'hi', receiver_id: UDO.id }),
        'self_message',
      ],
      [
        JSON.stringify({
          action: 'chat_message',
          message_body: 'hi',
          receiver_id: '00000000-0000-4000-8000-000000000000',
        }),
        'unknown_receiver',
      ],
      [Buffer.from([1, 2, 3]), 'binary_not_supported'],
      ['x'.repeat(FRAME_MAX_BYTES + 1), 'frame_too_large'],
      [`${'['.repeat(5000)}${']'.repeat(5000)}`, 'invalid_frame'],
    ];
    for (const [i, [data, code]] of frames.entries()) {
      socket.send(data);
      const frame = await socket.waitForFrame((_f) => socket.frames.length > i, 2000);
      expect(frame, `frame ${i}`).toBeDefined();
      expect(ErrorFrameSchema.parse(socket.frames[i]).code, `frame ${i}`).toBe(code);
    }
    expect(socket.isOpen()).toBe(true);
    expectStatus(await standIn.call({ method: 'GET', path: '/auth/user/', token }), 200);
  });
});
