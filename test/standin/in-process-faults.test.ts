import { createServer } from 'node:http';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStandIn } from '../../src/index.js';

// The in-process stand-in must fail as the network does (issue 24 item 5, D156): what Node's own
// fetch gives for the same fault on a real socket is measured here, not assumed.
const standIn = await createStandIn({ users: 2, messages: 0 });
const THREADS = 'https://api.9app.example/chat/get-user-threads/';
const { token } = await standIn.token({ email: 'onuhudoudo@gmail.com' });
const auth = { authorization: `Bearer ${token}` };
afterAll(() => standIn.close());

/** What the promise settled with: the response's status, or the rejection's shape. */
async function outcome(pending: Promise<Response>) {
  return pending.then(
    (response) => ({ status: response.status }),
    (error: Error & { cause?: Error & { code?: string; errno?: number; syscall?: string } }) => ({
      type: error.constructor.name,
      message: error.message,
      cause: {
        name: error.cause?.name,
        message: error.cause?.message,
        code: error.cause?.code,
        errno: error.cause?.errno,
      },
    }),
  );
}

/** Node's fetch against a real server that breaks the connection as the stand-in's node seam does. */
async function overTheNetwork(fault: 'reset' | 'empty') {
  const server = createServer((request) => {
    if (fault === 'reset') request.socket.resetAndDestroy();
    else request.socket.destroySoon();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  try {
    return await outcome(fetch(`http://127.0.0.1:${port}/`));
  } finally {
    server.close();
  }
}

// Measured before MSW listens: once it does, it answers every fetch in this file.
const network = { reset: await overTheNetwork('reset'), empty: await overTheNetwork('empty') };

describe('standIn.fetch and a network fault', () => {
  it.each(['reset', 'empty'] as const)(
    'should reject on Prefer: fault=%s exactly as fetch over a broken connection does',
    async (fault) => {
      const inProcess = await outcome(
        standIn.fetch(new Request(THREADS, { headers: { ...auth, prefer: `fault=${fault}` } })),
      );
      expect(inProcess).toEqual(network[fault]);
      expect(inProcess).toMatchObject({ type: 'TypeError', message: 'fetch failed' });
    },
  );

  it('should reject for a fault rule too, and answer again once it is used up', async () => {
    const rule = {
      kind: 'http',
      match: { path: '/chat/*' },
      effect: { fault: 'empty' },
      remaining: 1,
    };
    const set = await standIn.fetch(
      new Request('http://localhost/__mock/faults', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(rule),
      }),
    );
    expect(set.status).toBe(201);
    expect(await outcome(standIn.fetch(new Request(THREADS, { headers: auth })))).toMatchObject({
      cause: { code: 'UND_ERR_SOCKET' },
    });
    expect(await outcome(standIn.fetch(new Request(THREADS, { headers: auth })))).toEqual({
      status: 200,
    });
  });

  it('should still answer malformed as a cut-off 200', async () => {
    const res = await standIn.fetch(
      new Request(THREADS, { headers: { ...auth, prefer: 'fault=malformed' } }),
    );
    expect(res.status).toBe(200);
    await expect(res.json()).rejects.toThrow(SyntaxError);
  });
});

describe('Through MSW, as the README routes it', () => {
  const server = setupServer(http.all('*', ({ request }) => standIn.fetch(request)));
  // MSW logs each rejection to stderr ("Encountered an unhandled exception…") and then passes it on.
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it.each(['reset', 'empty'] as const)(
    "should make the app's own fetch reject on fault=%s, never answer a 500",
    async (fault) => {
      const seen = await outcome(
        fetch(THREADS, { headers: { ...auth, prefer: `fault=${fault}` } }),
      );
      expect(seen).toEqual(network[fault]);
    },
  );
});
