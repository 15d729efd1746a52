import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { type Context, Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BODY_LIMIT_BYTES, readBody, readValidBody } from './body.js';
import type { AppEnv } from './hono-env.js';

/**
 * The body reader behind a real listening server (a GET's body is read from the node request, which
 * only a real server has): each form of body, the limit, and what it notes for the journal and for
 * DRF's error bodies. Never a throw: every failure is a message.
 */
const Login = z.object({ email: z.string(), remember: z.boolean().optional() });

const app = new Hono<AppEnv>();
const noted = (c: Context<AppEnv>) => ({
  raw: c.get('rawBody')?.toString('utf8') ?? null,
  problem: c.get('bodyProblem') ?? null,
});
/** Every read, as the handler saw it: for requests whose answer never reaches the client. */
const reads: unknown[] = [];
app.all('/read', async (c) => {
  const read = { body: await readBody(c), ...noted(c) };
  reads.push(read.body);
  return c.json(read);
});
app.all('/valid', async (c) => c.json({ body: await readValidBody(c, Login), ...noted(c) }));

let server: ServerType;
let port: number;
beforeAll(async () => {
  server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
      resolve(started),
    );
  });
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface Answer {
  body: { ok: boolean; value?: unknown; message?: string };
  raw: string | null;
  problem: { kind: string; detail?: string; errors?: unknown } | null;
}

/** One request on the wire; `chunked` sends the body without a Content-Length. */
function send(
  method: string,
  path: string,
  body?: string | Buffer,
  headers: Record<string, string> = {},
  chunked = false,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    // Node's client frames a GET's body only when told to: chunked, or with its length.
    const framing =
      body === undefined
        ? {}
        : chunked
          ? { 'transfer-encoding': 'chunked' }
          : { 'content-length': String(Buffer.byteLength(body)) };
    const req = httpRequest(
      { host: '127.0.0.1', port, method, path, headers: { ...framing, ...headers } },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (chunk) => parts.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(parts).toString('utf8');
          try {
            resolve(JSON.parse(text));
          } catch {
            reject(new Error(`${method} ${path}: HTTP ${res.statusCode} ${text}`));
          }
        });
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}
const JSON_TYPE = { 'content-type': 'application/json' };

describe('readBody', () => {
  it('should read a JSON body, and keep its bytes for the journal', async () => {
    expect(await send('POST', '/read', '{"email":"a"}', JSON_TYPE)).toEqual({
      body: { ok: true, value: { email: 'a' } },
      raw: '{"email":"a"}',
      problem: null,
    });
  });

  it('should read no body as undefined', async () => {
    expect(await send('POST', '/read')).toEqual({ body: { ok: true }, raw: '', problem: null });
  });

  it("should read a GET's JSON body from the node request, sent with a length or chunked", async () => {
    for (const chunked of [false, true])
      expect((await send('GET', '/read', '{"coin":"btc"}', JSON_TYPE, chunked)).body).toEqual({
        ok: true,
        value: { coin: 'btc' },
      });
    expect((await send('GET', '/read')).body).toEqual({ ok: true });
  });

  it('should take a body of exactly the limit, and refuse one byte more with the limit named', async () => {
    const at = `"${'x'.repeat(BODY_LIMIT_BYTES - 2)}"`;
    expect((await send('POST', '/read', at, JSON_TYPE)).body.ok).toBe(true);
    expect(BODY_LIMIT_BYTES).toBe(1_048_576);
    expect((await send('POST', '/read', `${at} `, JSON_TYPE)).body).toEqual({
      ok: false,
      message: 'Request body too large (limit 1048576 bytes)',
    });
  });

  it('should read a form body by its content type, whatever its case', async () => {
    const form = { 'content-type': 'Application/X-WWW-Form-Urlencoded; charset=utf-8' };
    expect((await send('POST', '/read', 'email=a%40b.c&x=1', form)).body).toEqual({
      ok: true,
      value: { email: 'a@b.c', x: '1' },
    });
  });

  it('should read a multipart body with its mixed-case boundary, and refuse a malformed one', async () => {
    const boundary = 'BoUnDaRy7';
    const multipart = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="email"',
      '',
      'a@b.c',
      `--${boundary}--`,
      '',
    ].join('\r\n');
    const type = { 'content-type': `Multipart/Form-Data; boundary=${boundary}` };
    expect((await send('POST', '/read', multipart, type)).body).toEqual({
      ok: true,
      value: { email: 'a@b.c' },
    });
    expect((await send('POST', '/read', 'not a form', type)).body).toEqual({
      ok: false,
      message: 'Malformed form data in request body',
    });
  });

  it("should refuse malformed JSON, noting DRF's parse detail", async () => {
    expect(await send('POST', '/read', '{"email":', JSON_TYPE)).toEqual({
      body: { ok: false, message: 'Malformed JSON in request body' },
      raw: '{"email":',
      problem: {
        kind: 'parse',
        detail: expect.stringMatching(/^JSON parse error - Expecting value: line 1 column /),
      },
    });
    // No content type at all is read as JSON too.
    expect((await send('POST', '/read', 'email=a')).body.ok).toBe(false);
  });
});

describe('readValidBody', () => {
  it('should answer the parsed value of a valid body', async () => {
    expect((await send('POST', '/valid', '{"email":"a","extra":1}', JSON_TYPE)).body).toEqual({
      ok: true,
      value: { email: 'a' },
    });
  });

  it('should read an absent body as {}, but JSON null as a body that is not an object', async () => {
    const absent = await send('POST', '/valid');
    expect(absent.body).toEqual({
      ok: false,
      message: expect.stringMatching(/^Invalid request body: .*email/),
    });
    expect(absent.problem).toEqual({
      kind: 'fields',
      errors: { email: ['This field is required.'] },
    });
    const nullBody = await send('POST', '/valid', 'null', JSON_TYPE);
    expect(nullBody.body.ok).toBe(false);
    expect(nullBody.problem?.kind).toBe('fields');
    expect(nullBody.problem?.errors).not.toEqual(absent.problem?.errors);
  });

  it('should pass a read failure through unchanged, without validating', async () => {
    expect(await send('POST', '/valid', '{', JSON_TYPE)).toMatchObject({
      body: { ok: false, message: 'Malformed JSON in request body' },
      problem: { kind: 'parse' },
    });
  });
});

describe('readBody in process and on broken requests', () => {
  it('should read a body with no node request behind it (app.request, the in-process stand-in)', async () => {
    const post = await app.request('/read', {
      method: 'POST',
      headers: JSON_TYPE,
      body: '{"a":1}',
    });
    expect(((await post.json()) as Answer).body).toEqual({ ok: true, value: { a: 1 } });
    const get = await app.request('/read');
    expect(((await get.json()) as Answer).body).toEqual({ ok: true });
  });

  it("should read a HEAD's body from the node request, as a GET's", async () => {
    reads.length = 0;
    await new Promise<void>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'HEAD',
          path: '/read',
          headers: { ...JSON_TYPE, 'content-length': '7' },
        },
        (res) => res.resume().on('end', resolve),
      );
      req.on('error', reject);
      req.end('{"a":1}');
    });
    expect(reads).toEqual([{ ok: true, value: { a: 1 } }]);
  });

  it('should answer a body cut off mid-way with a message, not a throw', async () => {
    reads.length = 0;
    const req = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/read',
      headers: { ...JSON_TYPE, 'content-length': '100' },
    });
    req.on('error', () => {});
    req.write('{"a":');
    await new Promise((resolve) => setTimeout(resolve, 100));
    req.destroy();
    await eventually(() =>
      expect(reads).toEqual([{ ok: false, message: 'The request body could not be read' }]),
    );
  });
});

/** Polls until `check` stops throwing (a cut-off request has no answer to wait for). */
async function eventually(check: () => void, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
