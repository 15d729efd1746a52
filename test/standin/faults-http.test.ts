import { afterEach, describe, expect, it } from 'vitest';
import { documentedExample, routeById } from '../../spec/routes/index.js';
import { expectStatus, type TestStandIn, useStandIn } from '../support/standin.js';

let standIn: TestStandIn;
let token: string;
// Raw fetch, to see network errors, HTML bodies and forced statuses the contract does not list (D50).
useStandIn(
  (started) => ({ standIn, token } = started),
  {},
  { otherClients: 'raw fetch for faults' },
);
afterEach(() => standIn.call({ method: 'DELETE', path: '/__mock/faults' }));

const THREADS = '/chat/get-user-threads/';
const threads = (headers: Record<string, string> = {}) =>
  fetch(`${standIn.url}${THREADS}`, { headers: { authorization: `Bearer ${token}`, ...headers } });

describe('Forced statuses (Prefer: code=N)', () => {
  it("should answer 500 as Django's production error page, in HTML", async () => {
    const res = await threads({ prefer: 'code=500' });
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('<h1>Server Error (500)</h1>');
    expect(res.headers.get('preference-applied')).toBe('code=500');
  });

  it.each([502, 503, 504])("should answer %i as a gateway's HTML page", async (status) => {
    const res = await threads({ prefer: `code=${status}` });
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain(`<h1>${status} `);
  });

  it('should keep the documented body for a documented status', async () => {
    const res = await fetch(`${standIn.url}/auth/login/`, {
      method: 'POST',
      headers: { prefer: 'code=400', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual(documentedExample(routeById('login'), 400));
  });

  it('should refuse a code that is not a status, in the envelope', async () => {
    const res = await threads({ prefer: 'code=abc' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      status: 'failure',
      message: expect.stringContaining('code=abc'),
    });
  });

  it('should name what it did not apply, instead of dropping it silently', async () => {
    const res = await threads({ prefer: 'example=empty, code=200, respond-async' });
    expect(res.status).toBe(200);
    expect(res.headers.get('preference-applied')).toBe('code=200');
    const ignored = res.headers.get('x-standin-ignored-prefer') ?? '';
    expect(ignored).toContain('example=empty (unknown');
    expect(ignored).toContain('respond-async (unknown');
  });
});

describe('Network faults (Prefer: fault=…)', () => {
  it('should reset the connection: fetch sees a network error, not a response', async () => {
    const error = await threads({ prefer: 'fault=reset' }).then(
      () => undefined,
      (e: Error & { cause?: { code?: string } }) => e,
    );
    expect(error).toBeInstanceOf(TypeError);
    expect(error?.cause?.code).toBe('ECONNRESET');
    expect(standIn.logLines.some((line) => line.endsWith('fault=reset'))).toBe(true);
  });

  it('should close the connection without a response', async () => {
    await expect(threads({ prefer: 'fault=empty' })).rejects.toThrow(TypeError);
  });

  it('should answer a 200 whose JSON cannot be parsed', async () => {
    const res = await threads({ prefer: 'fault=malformed' });
    expect(res.status).toBe(200);
    await expect(res.json()).rejects.toThrow(SyntaxError);
  });

  it('should keep serving after every fault', async () => {
    expect((await threads()).status).toBe(200);
  });
});

describe('HTTP faults set with POST /__mock/faults', () => {
  it('should answer matching requests, as many times as asked, then recover', async () => {
    expectStatus(
      await standIn.call({
        method: 'POST',
        path: '/__mock/faults',
        body: {
          kind: 'http',
          match: { method: 'GET', path: '/chat/messages/{uid}/' },
          effect: { status: 503 },
          remaining: 2,
        },
      }),
      201,
    );
    const messages = `/chat/messages/68f6cebe-1dfb-418d-8c4e-3ada680984d1/`;
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push(
        (
          await fetch(`${standIn.url}${messages}`, {
            headers: { authorization: `Bearer ${token}` },
          })
        ).status,
      );
    expect(statuses).toEqual([503, 503, 200]);
    expect((await threads()).status).toBe(200);
  });

  it('should reset matching connections until the fault is removed', async () => {
    expectStatus(
      await standIn.call({
        method: 'POST',
        path: '/__mock/faults',
        body: { kind: 'http', match: { path: '/chat/*' }, effect: { fault: 'reset' } },
      }),
      201,
    );
    await expect(threads()).rejects.toThrow(TypeError);
    await expect(threads()).rejects.toThrow(TypeError);
    await standIn.call({ method: 'DELETE', path: '/__mock/faults' });
    expect((await threads()).status).toBe(200);
  });

  it('should remove one fault by its id', async () => {
    const added = expectStatus(
      await standIn.call({
        method: 'POST',
        path: '/__mock/faults',
        body: { kind: 'http', match: { path: THREADS }, effect: { status: 500 } },
      }),
      201,
    ) as { entity: { id: number } };
    expect((await threads()).status).toBe(500);
    const path = `/__mock/faults/${added.entity.id}`;
    expectStatus(await standIn.call({ method: 'DELETE', path }), 200);
    expect((await threads()).status).toBe(200);
    expectStatus(await standIn.call({ method: 'DELETE', path }), 404);
  });

  it('should refuse a fault it cannot apply, in the envelope', async () => {
    const res = await standIn.call({
      method: 'POST',
      path: '/__mock/faults',
      body: { kind: 'http', match: { path: 'chat' }, effect: { status: 503 } },
    });
    expect(expectStatus(res, 400)).toMatchObject({ status: 'failure' });
    const success = await standIn.call({
      method: 'POST',
      path: '/__mock/faults',
      body: { kind: 'http', match: { path: THREADS }, effect: { status: 201 } },
    });
    expect(expectStatus(success, 400)).toMatchObject({ message: expect.stringMatching(/status/) });
  });
});
