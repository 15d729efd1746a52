import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../spec/routes/index.js';
import {
  MethodNotAllowedSchema,
  NotAuthenticatedSchema,
  TokenNotValidSchema,
} from '../../spec/schemas/auth.js';
import { FailureEnvelopeSchema } from '../../spec/schemas/envelope.js';
import { FRAME_MAX_BYTES } from '../../spec/schemas/socket.js';
import {
  followRef,
  PUBLISHED_ASYNCAPI,
  PUBLISHED_OPENAPI,
  resolvedAt,
  validateAt,
} from '../support/published-contract.js';
import { KYRIAN, type TestStandIn, UDO, useStandIn } from '../support/standin.js';

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
    // One named field of some operation, as a form would send it: narrow cases random bodies miss.
    fc
      .tuple(fc.constantFrom(...publishedBodyFields().flatMap((op) => op.fields)), fc.string())
      .map(([field, value]) => `${field}=${encodeURIComponent(value)}`),
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

const UNKNOWN_USER = '00000000-0000-4000-8000-000000000000';
const receiver = fc.oneof(
  fc.constantFrom(KYRIAN.id, KYRIAN.id.toUpperCase(), UDO.id, UNKNOWN_USER, '', 'not-a-uuid'),
  fc.string({ maxLength: 40 }),
);
const chatMessage = fc.record(
  {
    action: fc.oneof(fc.constant('chat_message'), fc.string({ maxLength: 12 })),
    message_body: fc.oneof(
      fc.string({ minLength: 1, maxLength: 200 }),
      fc.constantFrom('', 'x'.repeat(4000), 'x'.repeat(4001)),
      fc.anything(),
    ),
    receiver_id: fc.oneof(receiver, fc.anything()),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);
const frame = fc.oneof(
  { arbitrary: chatMessage.map((o) => JSON.stringify(o)), weight: 4 },
  fc.json({ depthSize: 'medium' }),
  fc.string({ maxLength: 300 }),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
  fc.integer({ min: 1, max: 4 }).map((n) => 'x'.repeat(n * 40_000)),
  fc.constant(`${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`),
);

const CHAT_MESSAGE_PAYLOAD = `${followRef(PUBLISHED_ASYNCAPI, '#/components/messages/chatMessage')}/payload`;

/**
 * What the published contract says a frame from UDO should do, independently of the stand-in's
 * code: deliver to KYRIAN (the only other open socket), or earn UDO one error frame (with the code
 * when the class of mistake names one).
 */
function expectedOutcome(data: string | Buffer): { deliver: true } | { error: string | undefined } {
  if (typeof data !== 'string') return { error: 'binary_not_supported' };
  if (Buffer.byteLength(data) > FRAME_MAX_BYTES) return { error: 'frame_too_large' };
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return { error: 'invalid_json' };
  }
  if (validateAt('asyncapi', CHAT_MESSAGE_PAYLOAD, json).length > 0) return { error: undefined };
  const to = String((json as { receiver_id: string }).receiver_id).toLowerCase();
  if (to === UDO.id) return { error: 'self_message' };
  if (to !== KYRIAN.id) return { error: 'unknown_receiver' };
  return { deliver: true };
}

describe('Fuzzing the socket', () => {
  it('should answer every frame as the contract says: delivered once, or one error frame back', async () => {
    const socket = await standIn.socket(token);
    const kyrian = await standIn.socket((await standIn.login(KYRIAN.email)).token);
    const outcomes = { delivered: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(frame, async (data) => {
        const [sent, received] = [socket.frames.length, kyrian.frames.length];
        socket.send(data);
        const expected = expectedOutcome(data);
        if ('deliver' in expected) {
          await kyrian.waitForFrame(() => kyrian.frames.length > received, 2000);
          expect(kyrian.frames[received], 'a valid frame is delivered').toMatchObject({
            action: 're_message',
          });
          expect(socket.frames.slice(sent), 'no echo, no error').toEqual([]);
          outcomes.delivered += 1;
        } else {
          await socket.waitForFrame(() => socket.frames.length > sent, 2000);
          expect(
            socket.frames[sent],
            `an error frame for ${String(data).slice(0, 80)}`,
          ).toMatchObject({
            action: 'error',
            ...(expected.error ? { code: expected.error } : {}),
          });
          expect(kyrian.frames.length, 'nothing delivered').toBe(received);
          outcomes.refused += 1;
        }
        expect(socket.isOpen()).toBe(true);
      }),
      { numRuns: Math.ceil(RUNS / 2), seed: SEED },
    );
    expect(outcomes.delivered).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
    expect((await standIn.call({ method: 'GET', path: '/auth/user/', token })).ok).toBe(true);
  });
});

/** Every request-body field the published document names, per operation, `$ref`s followed. */
function publishedBodyFields(): { method: string; template: string; fields: string[] }[] {
  const paths = PUBLISHED_OPENAPI.paths as Record<string, Record<string, Record<string, unknown>>>;
  // The stand-in's own controls (D26) change shared state (reset, faults): not swept here.
  const api = Object.entries(paths).filter(([template]) => !template.startsWith('/__mock/'));
  return api.flatMap(([template, item]) =>
    Object.entries(item).flatMap(([method, operation]) => {
      const content = (operation.requestBody as { content?: Record<string, unknown> } | undefined)
        ?.content;
      const fields = new Set<string>();
      for (const media of Object.values(content ?? {})) {
        let schema = (media as { schema?: { $ref?: string; properties?: object } }).schema;
        if (schema?.$ref) schema = resolvedAt(PUBLISHED_OPENAPI, schema.$ref) as typeof schema;
        for (const field of Object.keys(schema?.properties ?? {})) fields.add(field);
      }
      return fields.size ? [{ method: method.toUpperCase(), template, fields: [...fields] }] : [];
    }),
  );
}

describe('Every body field of every operation, alone, in every encoding', () => {
  it('should never answer 5xx to one field set to an odd value', async () => {
    const operations = publishedBodyFields();
    expect(operations.length).toBeGreaterThanOrEqual(8);
    let requests = 0;
    for (const { method, template, fields } of operations)
      for (const field of fields)
        for (const value of ['true', '', 'x', '1', 'null'])
          for (const [type, body] of [
            ['application/x-www-form-urlencoded', `${encodeURIComponent(field)}=${value}`],
            [
              'multipart/form-data; boundary=b',
              `--b\r\nContent-Disposition: form-data; name="${field}"\r\n\r\n${value}\r\n--b--\r\n`,
            ],
            ['application/json', JSON.stringify({ [field]: value })],
          ] as const) {
            const res = await standIn.call({
              method,
              path: template.replace(/\{[^}]+\}/, KYRIAN.id),
              token,
              headers: { 'content-type': type },
              body,
            });
            requests += 1;
            expect(
              res.ok && res.status,
              `${method} ${template} ${type} ${field}=${value}`,
            ).toBeLessThan(500);
          }
    expect(requests).toBeGreaterThan(300);
  });
});
