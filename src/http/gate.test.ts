import type { IncomingMessage } from 'node:http';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeById } from '../../spec/routes/index.js';
import { issueToken } from '../auth/jwt.js';
import { openStandInData, type StandInData } from '../runtime/standin-data.js';
import { DEVIATION_HEADER, DEVIATIONS } from './deviation.js';
import { contractGate, contractGateLane } from './gate.js';
import type { AppEnv } from './hono-env.js';

/**
 * The contract gate on its own, in front of a handler that answers `next`: which requests it lets
 * through, which it answers itself (401, 405, OPTIONS), and what it names as an extension.
 * The story tests (test/standin/http-edges, strict-refusals) prove the same through the whole app.
 */
let data: StandInData;
let token: string;
beforeAll(async () => {
  data = await openStandInData({ db: ':memory:', seed: { seed: 1, users: 2, messages: 0 } });
  const [user] = data.store.users.listUsers();
  if (!user) throw new Error('no seeded user');
  token = issueToken(data.secret, user.id, 'access');
});
afterAll(() => data.store.db.close());

function gated(options: { strict?: boolean; forms?: 'loud' | 'drf' } = {}) {
  const app = new Hono<AppEnv>();
  app.use(contractGate({ secret: () => data.secret, users: data.store.users, ...options }));
  app.all('*', (c) => c.text(`next ${c.get('user')?.id ?? 'anonymous'}`));
  return app;
}
const bearer = (extra: Record<string, string> = {}) => ({
  authorization: `Bearer ${token}`,
  ...extra,
});

describe('contractGate', () => {
  it('should pass a path outside the contract untouched, with no Allow header', async () => {
    const res = await gated().request('/not-in-the-contract/', { method: 'DELETE' });
    expect(await res.text()).toBe('next anonymous');
    expect(res.headers.get('allow')).toBeNull();
  });

  it('should answer 401 on a protected path before looking at the method, Allow included', async () => {
    const res = await gated().request('/auth/user/', { method: 'DELETE' });
    expect(res.status).toBe(401);
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });

  it('should set the user on a protected path and not ask an open one for a token', async () => {
    const user = await gated().request('/auth/user/', { headers: bearer() });
    expect(await user.text()).toMatch(/^next [0-9a-f-]{36}$/);
    const login = await gated().request('/auth/login/', { method: 'POST' });
    expect(await login.text()).toBe('next anonymous');
  });

  it("should answer an undeclared method 405 with DRF's body", async () => {
    const res = await gated().request('/auth/user/', { method: 'DELETE', headers: bearer() });
    expect(res.status).toBe(405);
    expect(await res.json()).toEqual({ detail: 'Method "DELETE" not allowed.' });
  });

  it("should answer a plain OPTIONS with DRF's metadata: the view's name and media types", async () => {
    const res = await gated().request('/auth/user/', { method: 'OPTIONS', headers: bearer() });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['name', 'description', 'renders', 'parses']);
    // The first operation's summary and description, as DRF's view name and docstring.
    const route = routeById('currentUser') as { summary?: string; description?: string };
    expect(body.name).toBe(route.summary);
    expect(body.description).toBe(route.description ?? '');
    const login = await (await gated().request('/auth/login/', { method: 'OPTIONS' })).json();
    expect(login.description).toBe((routeById('login') as { description?: string }).description);
    expect(login.description).not.toBe('');
    expect(body.renders).toEqual(['application/json']);
    expect(body.parses).toEqual([
      'application/json',
      'application/x-www-form-urlencoded',
      'multipart/form-data',
    ]);
  });

  it('should serve an extension operation loudly, and refuse it strict', async () => {
    const init = { method: 'POST', headers: bearer() };
    const lenient = await gated().request('/exec/coin/enable/', init);
    expect(await lenient.text()).toMatch(/^next /);
    expect(lenient.headers.get(DEVIATION_HEADER)).toMatch(/^D7; /);
    const strict = await gated({ strict: true }).request('/exec/coin/enable/', init);
    expect(strict.status).toBe(405);
    expect(strict.headers.get('allow')).not.toContain('POST');
  });

  it('should name a form body as an extension by default, only when a form body is sent', async () => {
    // A Request built in process carries no Content-Length of its own: the helper sends one, as
    // a client on the wire would.
    const send = (headers: Record<string, string>, body?: string, app = gated()) =>
      app.request('/auth/login/', {
        method: 'POST',
        headers:
          body === undefined ? headers : { 'content-length': String(body.length), ...headers },
        body,
      });
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const named = await send(form, 'email=a');
    expect(named.headers.get(DEVIATION_HEADER)).toBe(DEVIATIONS.formBody);
    const multipart = { 'content-type': ' Multipart/Form-Data; boundary=x' };
    expect((await send(multipart, '--x--')).headers.get(DEVIATION_HEADER)).toBe(
      DEVIATIONS.formBody,
    );
    // No body (Content-Length 0), a JSON body, a type that only contains the form's name, DRF's policy.
    expect((await send({ ...form, 'content-length': '0' })).headers.get(DEVIATION_HEADER)).toBe(
      null,
    );
    expect(
      (await send({ 'content-type': 'application/json' }, '{}')).headers.has(DEVIATION_HEADER),
    ).toBe(false);
    for (const type of [
      'text/plain; x=application/x-www-form-urlencoded',
      'not-application/x-www-form-urlencoded',
    ])
      expect((await send({ 'content-type': type }, 'x')).headers.has(DEVIATION_HEADER)).toBe(false);
    expect((await send({}, 'x')).headers.has(DEVIATION_HEADER)).toBe(false);
    expect(
      (await send(form, 'email=a', gated({ forms: 'drf' }))).headers.has(DEVIATION_HEADER),
    ).toBe(false);
  });

  it('should read a chunked form body (no Content-Length) as a form body', async () => {
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('email=a'));
        controller.close();
      },
    });
    const request = new Request('http://localhost/auth/login/', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'transfer-encoding': 'chunked',
      },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect((await gated().request(request)).headers.get(DEVIATION_HEADER)).toBe(
      DEVIATIONS.formBody,
    );
  });
});

describe('contractGateLane', () => {
  const lane = () => contractGateLane({ secret: () => data.secret, users: data.store.users });
  const request = (headers: Record<string, string>) =>
    ({
      headers,
      rawHeaders: Object.entries(headers).flat(),
    }) as unknown as IncomingMessage;

  it('should pass a bodiless request whose one Authorization header authenticates', () => {
    expect(lane().passes(request({ authorization: `Bearer ${token}` }))).toBe(true);
    expect(lane().reproduces).toBe('the Allow header, by allowedMethods()');
  });

  it('should leave to the chain a request with a body, or without a valid token', () => {
    expect(
      lane().passes(request({ authorization: `Bearer ${token}`, 'content-length': '2' })),
    ).toBe(false);
    expect(lane().passes(request({}))).toBe(false);
    expect(lane().passes(request({ authorization: 'Bearer nope' }))).toBe(false);
  });
});
