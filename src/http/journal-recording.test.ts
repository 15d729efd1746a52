import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { Journal } from '../state/request-journal.js';
import type { AppEnv } from './hono-env.js';
import { journalRequests } from './journal-recording.js';

function appWithJournal(size = 10) {
  const journal = new Journal(size);
  const app = new Hono<AppEnv>();
  app.use(journalRequests(journal));
  app.get('/coin', (c) => {
    // What a lenient route does when it accepts a form the docs do not promise (D54).
    c.set('deviation', 'D7; the docs document GET with a JSON body');
    return c.json({ ok: true });
  });
  app.post('/refused', (c) => c.json({ detail: 'no' }, 401));
  app.post('/big', (c) => {
    c.set('rawBody', Buffer.alloc(1024 * 1024, 'x')); // as readBody leaves it
    return c.json({ ok: true });
  });
  app.get('/__mock/users', (c) => c.json([]));
  return { app, journal };
}

describe('Journal middleware', () => {
  it('should record the deviation a lenient route sets, and elide credentials', async () => {
    const { app, journal } = appWithJournal();
    await app.request('/coin?coin=btc', {
      headers: { authorization: 'Bearer secret.token.here', 'x-mock-key': 'k3y' },
    });
    const [entry] = journal.query();
    expect(entry).toMatchObject({
      kind: 'http',
      method: 'GET',
      path: '/coin',
      query: { coin: 'btc' },
      status: 200,
      deviation: 'D7; the docs document GET with a JSON body',
    });
    const headers = entry?.kind === 'http' ? entry.headers : {};
    expect(headers.authorization).toBe('Bearer (elided)');
    expect(headers['x-mock-key']).toBe('k3y (elided)');
  });

  it('should keep a body no handler read, and leave out its own controls', async () => {
    const { app, journal } = appWithJournal();
    await app.request('/refused', {
      method: 'POST',
      body: '{"a":1}',
      headers: { 'content-length': '7' },
    });
    await app.request('/__mock/users');
    expect(journal.query()).toEqual([
      expect.objectContaining({ path: '/refused', status: 401, body: '{"a":1}', deviation: null }),
    ]);
  });

  it('should keep the first 64 KiB of a body, not the whole of it', async () => {
    const { app, journal } = appWithJournal();
    await app.request('/big', { method: 'POST' });
    const [entry] = journal.query();
    expect(entry?.kind === 'http' && entry.body?.length).toBe(64 * 1024);
  });

  it('should keep only the newest entries once full', async () => {
    const { app, journal } = appWithJournal(2);
    for (const coin of ['a', 'b', 'c']) await app.request(`/coin?coin=${coin}`);
    expect(journal.query().map((e) => (e.kind === 'http' ? e.query.coin : ''))).toEqual(['c', 'b']);
  });
});
