// A frontend unit test: the app's `fetch` calls, to any origin, are answered by the stand-in in
// this process through MSW. Needs `9app-standin`, `msw` (2.x) and `vitest`; nothing else.
import { createStandIn } from '9app-standin';
import type { Envelope, LoginEntity, Thread } from '9app-standin/contract';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const standIn = await createStandIn(); // options: db, seed, users, messages, secret, origin
const server = setupServer(http.all('*', ({ request }) => standIn.fetch(request)));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => {
  server.close();
  standIn.close();
});

// The app's own API module, calling production's address as it always does.
const API = 'https://api.9app.example';
async function logIn(email: string, password: string, prefer?: string) {
  const response = await fetch(`${API}/auth/login/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(prefer ? { prefer } : {}) },
    body: JSON.stringify({ email, password }),
  });
  return (await response.json()) as Envelope<LoginEntity>;
}
async function myThreads(token: string) {
  const response = await fetch(`${API}/chat/get-user-threads/`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return (await response.json()) as Envelope<Thread[]>;
}

describe('The app against the in-process stand-in', () => {
  it('should log in a seeded person and list their threads', async () => {
    const login = await logIn('onuhudoudo@gmail.com', 'password123');
    if (!login.success) throw new Error(login.message);
    const threads = await myThreads(login.entity.token);
    expect(threads.success && threads.entity.length).toBeGreaterThan(0);
  });

  it('should answer a wrong password as production does', async () => {
    const login = await logIn('onuhudoudo@gmail.com', 'not-the-password');
    expect(login).toMatchObject({ success: false, message: 'Invalid login details' });
  });

  it('should reject like fetch when the connection is reset', async () => {
    const error = await logIn('onuhudoudo@gmail.com', 'password123', 'fault=reset').catch(
      (rejected: unknown) => rejected,
    );
    expect(error).toBeInstanceOf(TypeError); // `fetch failed`, as over the network
    expect(error).toHaveProperty('cause.code', 'ECONNRESET');
  });
});
