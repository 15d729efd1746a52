// An example to copy: a frontend unit test whose `fetch` calls are answered by the stand-in in
// the same process, through MSW. In a project that installed the package, import from
// '9app-standin' and '9app-standin/contract' instead of the repository paths.
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Envelope, LoginEntity, Thread } from '../../spec/contract.js';
import { createStandIn } from '../../src/index.js';

const standIn = await createStandIn();
const server = setupServer(http.all('*', ({ request }) => standIn.fetch(request)));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => {
  server.close();
  standIn.close();
});

// The app's own API module, as it would call production.
const API = 'https://api.9app.example';
async function logIn(email: string, password: string): Promise<Envelope<LoginEntity>> {
  const response = await fetch(`${API}/auth/login/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return (await response.json()) as Envelope<LoginEntity>;
}
async function myThreads(token: string): Promise<Envelope<Thread[]>> {
  const response = await fetch(`${API}/chat/get-user-threads/`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return (await response.json()) as Envelope<Thread[]>;
}

describe('A frontend unit test with the in-process stand-in', () => {
  it('should log in and list the threads the docs show for that person', async () => {
    const login = await logIn('onuhudoudo@gmail.com', 'password123');
    if (!login.success) throw new Error(login.message);
    expect(login.entity.user.email).toBe('onuhudoudo@gmail.com');

    const threads = await myThreads(login.entity.token);
    if (!threads.success) throw new Error(threads.message);
    const partners = threads.entity.map((t) =>
      t.user_one.email === 'onuhudoudo@gmail.com' ? t.user_two.email : t.user_one.email,
    );
    expect(partners).toEqual(expect.arrayContaining(['codebee345@outlook.com']));
  });

  it('should answer a wrong password as production does, and offer the /__mock controls', async () => {
    const login = await logIn('onuhudoudo@gmail.com', 'not-the-password');
    expect(login).toEqual({
      status: 'failure',
      entity: null,
      message: 'Invalid login details',
      success: false,
    });
    const [someone] = await standIn.users();
    expect((await standIn.token({ email: someone?.email ?? '' })).user.id).toBe(someone?.id);
  });
});
