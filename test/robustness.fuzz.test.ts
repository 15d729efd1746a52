import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../spec/routes/index.js';
import {
  MethodNotAllowedSchema,
  NotAuthenticatedSchema,
  TokenNotValidSchema,
} from '../spec/schemas/auth.js';
import { FailureEnvelopeSchema } from '../spec/schemas/envelope.js';
import { ServerFrameSchema } from '../spec/schemas/socket.js';
import { KYRIAN, type TestStandIn, UDO, useStandIn } from './support/standin.js';

/** `npm run fuzz` raises the run count; CI keeps a fixed seed so a failure reproduces. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 120);
const SEED = Number(process.env.FUZZ_SEED ?? 20241124);

let standIn: TestStandIn;
let token: string;
useStandIn((started) => ({ standIn, token } = started));

const ErrorBodySchema = FailureEnvelopeSchema.or(NotAuthenticatedSchema)
  .or(TokenNotValidSchema)
  .or(MethodNotAllowedSchema);

const segment = fc.oneof(
  fc.constantFrom(KYRIAN.id, UDO.id, '', '..', '%00', '%ZZ', 'null', '-1', '9'.repeat(40)),
  fc.string({ maxLength: 40 }).map(encodeURIComponent),
);
const request = fc.record({
  route: fc.constantFrom(...ROUTES),
  method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'),
  param: segment,
  slash: fc.boolean(),
  query: fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 12 }), { maxKeys: 3 }),
  auth: fc.constantFrom('valid', 'none', 'garbage', 'basic'),
  contentType: fc.constantFrom(
    'application/json',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'text/plain',
    '',
  ),
  body: fc.oneof(
    fc.constant(undefined),
    fc.json({ depthSize: 'medium' }),
    fc.string({ maxLength: 200 }),
    fc.constant('{"coin": "btc", '),
    fc.constant(`${'['.repeat(3000)}${']'.repeat(3000)}`),
  ),
  prefer: fc.oneof(
    fc.constant(undefined),
    fc.constantFrom('code=404', 'code=abc', 'delay=-5', 'code=200, delay=1', 'code=999'),
  ),
});

describe('Fuzzing the HTTP API', () => {
  it('should never answer 5xx, and answer every error in a documented shape', async () => {
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const path = r.route.path.replace(/\{[^}]+\}/, r.param).replace(/\/$/, r.slash ? '/' : '');
        const query = new URLSearchParams(r.query).toString();
        const headers: Record<string, string> = {};
        if (r.contentType) headers['content-type'] = r.contentType;
        if (r.auth !== 'none')
          headers.authorization =
            r.auth === 'valid'
              ? `Bearer ${token}`
              : r.auth === 'basic'
                ? 'Basic dTpw'
                : 'Bearer x.y.z';
        if (r.prefer) headers.prefer = r.prefer;
        const res = await standIn.call({
          method: r.method,
          path: `${path}${query ? `?${query}` : ''}`,
          headers,
          body: r.method === 'HEAD' ? undefined : r.body,
        });
        if (!res.ok) throw new Error(`no answer: ${res.error}`);
        expect(res.status, res.text.slice(0, 200)).toBeLessThan(500);
        if (res.status >= 400 && r.method !== 'HEAD')
          expect(ErrorBodySchema.safeParse(res.json).success, res.text.slice(0, 200)).toBe(true);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect((await standIn.call({ method: 'GET', path: '/auth/user/', token })).ok).toBe(true);
  });
});

const frame = fc.oneof(
  fc.json({ depthSize: 'medium' }),
  fc.string({ maxLength: 300 }),
  fc
    .record({
      action: fc.oneof(fc.constant('chat_message'), fc.string()),
      message_body: fc.anything(),
      receiver_id: fc.oneof(fc.constant(KYRIAN.id), fc.string()),
    })
    .map((o) => JSON.stringify(o)),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
  fc.integer({ min: 1, max: 4 }).map((n) => 'x'.repeat(n * 40_000)),
  fc.constant(`${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`),
);

describe('Fuzzing the socket', () => {
  it('should keep the socket open and answer only documented frames', async () => {
    const socket = await standIn.socket(token);
    await fc.assert(
      fc.asyncProperty(frame, async (data) => {
        const before = socket.frames.length;
        socket.send(data);
        // A frame is answered (an error) or acted on (stored, delivered to the receiver, no echo).
        await socket.waitForFrame(() => socket.frames.length > before, 150);
        expect(socket.isOpen()).toBe(true);
        for (const received of socket.frames.slice(before))
          expect(ServerFrameSchema.safeParse(received).success, JSON.stringify(received)).toBe(
            true,
          );
      }),
      { numRuns: Math.ceil(RUNS / 2), seed: SEED },
    );
    expect((await standIn.call({ method: 'GET', path: '/auth/user/', token })).ok).toBe(true);
  });
});
