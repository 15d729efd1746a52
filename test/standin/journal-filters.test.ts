import { beforeAll, describe, expect, it } from 'vitest';
import { type JournalEntry, JournalEntrySchema } from '../../spec/schemas/mock.js';
import { recordingSocket, untilMessages } from '../support/recording-socket.js';
import {
  eventually,
  expectStatus,
  KYRIAN,
  type TestStandIn,
  UDO,
  useStandIn,
} from '../support/standin.js';

/**
 * Every filter `GET /__mock/requests` documents (D54: `method`, `path` as a prefix, `user_id`,
 * `kind`, `since`, `limit`), alone and combined, against a journal holding entries each one must
 * leave out. The expected answer is worked out here from the unfiltered journal, and every case
 * first proves that its filters exclude something: a filter the stand-in ignored would answer more.
 */

let standIn: TestStandIn;
let udoToken: string;
useStandIn((started) => ({ standIn, token: udoToken } = started));

type Query = Partial<Record<'method' | 'path' | 'user_id' | 'kind' | 'since' | 'limit', string>>;

const search = (query: Query) => new URLSearchParams(query as Record<string, string>).toString();

async function journal(query: Query = {}): Promise<JournalEntry[]> {
  const res = await standIn.call({ method: 'GET', path: `/__mock/requests?${search(query)}` });
  const body = expectStatus(res, 200) as { entity: unknown[] };
  return body.entity.map((entry) => JournalEntrySchema.parse(entry));
}

/** What the documented filters leave of `all` (newest first), read from D54, not from the code. */
function expected(all: JournalEntry[], query: Query): JournalEntry[] {
  const since = query.since === undefined ? undefined : Date.parse(query.since);
  const kept = all.filter(
    (e) =>
      (query.method === undefined ||
        (e.kind === 'http' && e.method === query.method.toUpperCase())) &&
      (query.path === undefined || (e.kind === 'http' && e.path.startsWith(query.path))) &&
      (query.user_id === undefined || e.user_id === query.user_id) &&
      (query.kind === undefined || e.kind === query.kind) &&
      (since === undefined || Date.parse(e.time) >= since),
  );
  return query.limit === undefined ? kept : kept.slice(0, Number(query.limit));
}

/** The same kinds of traffic twice, before and after `since`: HTTP by two people and by nobody, both methods, three path prefixes, then a chat over the socket, then an unknown path. */
async function traffic(kyrianToken: string): Promise<void> {
  const as = (token: string | undefined, method: string, path: string) =>
    standIn.call({ method, path, token });
  await as(udoToken, 'GET', '/auth/user/');
  await as(udoToken, 'POST', '/auth/users/');
  await standIn.login(KYRIAN.email); // POST /auth/login/, by nobody yet
  await as(kyrianToken, 'GET', '/chat/get-user-threads/');
  await as(kyrianToken, 'POST', '/chat/get-user-threads/'); // 405, still by Kyrian
  await as(udoToken, 'GET', `/chat/messages/${KYRIAN.id}/`);
  await as(kyrianToken, 'GET', `/exec/user/settings/${UDO.id}/`);

  const udo = await recordingSocket(`${standIn.wsUrl}?token=${udoToken}`);
  const kyrian = await recordingSocket(`${standIn.wsUrl}?token=${kyrianToken}`);
  const sent = kyrian.messages().length;
  udo.ws.send(
    JSON.stringify({ action: 'chat_message', message_body: 'hi', receiver_id: KYRIAN.id }),
  );
  await untilMessages(kyrian, sent + 1);
  const before = (await journal({ kind: 'socket' })).length;
  udo.close();
  kyrian.close();
  await eventually(async () => expect((await journal({ kind: 'socket' })).length).toBe(before + 2));

  await as(undefined, 'GET', '/nowhere/');
}

let all: JournalEntry[];
let since: string;
beforeAll(async () => {
  const kyrianToken = (await standIn.login(KYRIAN.email)).token;
  expectStatus(await standIn.call({ method: 'DELETE', path: '/__mock/requests' }), 200);
  await traffic(kyrianToken);
  // A clear millisecond between the two rounds, so `since` splits them.
  await new Promise((resolve) => setTimeout(resolve, 5));
  since = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 5));
  await traffic(kyrianToken);
  all = await journal();
}, 30_000);

/** Asserts the answer to `query`, after proving each of its filters leaves something out. */
async function expectFiltered(query: Query): Promise<void> {
  const want = expected(all, query);
  for (const key of Object.keys(query) as (keyof Query)[]) {
    const { [key]: _dropped, ...without } = query;
    expect(
      expected(all, without),
      `the journal holds entries that ${key}=${query[key]} must leave out`,
    ).not.toEqual(want);
  }
  expect(await journal(query)).toEqual(want);
}

describe('The journal filters (GET /__mock/requests, D54)', () => {
  it('should list everything newest first without a filter, both kinds, both rounds', () => {
    expect(all.map((e) => e.id)).toEqual(all.map((e) => e.id).sort((a, b) => b - a));
    expect(new Set(all.map((e) => e.kind))).toEqual(new Set(['http', 'socket']));
    expect(all.filter((e) => e.kind === 'http' && e.path === '/nowhere/')).toHaveLength(2);
  });

  const single: Query[] = [
    { method: 'GET' },
    { method: 'get' },
    { method: 'POST' },
    { method: 'Post' },
    { path: '/chat/' },
    { path: '/auth/user' }, // a prefix of /auth/user/ and /auth/users/ both
    { path: `/chat/messages/${KYRIAN.id}/` },
    { user_id: UDO.id },
    { user_id: KYRIAN.id },
    { kind: 'http' },
    { kind: 'socket' },
    { since: 'SINCE' },
    { limit: '1' },
    { limit: '5' },
  ];
  it.each(single)('should apply %o on its own', async (query) => {
    await expectFiltered(resolveSince(query));
    expect(expected(all, resolveSince(query)).length).toBeGreaterThan(0);
  });

  it('should read the method in any case, as the same filter', async () => {
    expect(await journal({ method: 'post' })).toEqual(await journal({ method: 'POST' }));
  });

  it('should match the path as a prefix, not anywhere in the path', async () => {
    expect(all.some((e) => e.kind === 'http' && e.path.includes('/messages/'))).toBe(true);
    expect(await journal({ path: '/messages/' })).toEqual([]);
  });

  it('should count since from the given instant, whatever its offset', async () => {
    // The same instant written an hour ahead, in +01:00.
    const ahead = new Date(Date.parse(since) + 3_600_000).toISOString().replace('Z', '+01:00');
    expect(await journal({ since: ahead })).toEqual(expected(all, { since }));
  });

  // Every pair in which both filters can matter: `since` and `limit` alone cannot (both keep the
  // newest), so they meet only in the six-at-once case below.
  const pairs: Query[] = [
    { method: 'POST', path: '/chat/' },
    { method: 'GET', user_id: UDO.id },
    { method: 'GET', kind: 'socket' },
    { method: 'POST', since: 'SINCE' },
    { method: 'GET', limit: '2' },
    { path: '/chat/', user_id: KYRIAN.id },
    { path: '/chat/', kind: 'socket' },
    { path: '/auth/', since: 'SINCE' },
    { path: '/chat/', limit: '2' },
    { user_id: UDO.id, kind: 'socket' },
    { user_id: KYRIAN.id, since: 'SINCE' },
    { user_id: UDO.id, limit: '2' },
    { kind: 'socket', since: 'SINCE' },
    { kind: 'http', limit: '2' },
  ];
  it.each(pairs)('should apply %o together', async (query) => {
    await expectFiltered(resolveSince(query));
  });

  it('should apply all six at once', async () => {
    const query = resolveSince({
      method: 'get',
      path: '/chat/',
      user_id: UDO.id,
      kind: 'http',
      since: 'SINCE',
      limit: '1',
    });
    const [newest] = await journal(query);
    expect(newest).toMatchObject({ method: 'GET', path: `/chat/messages/${KYRIAN.id}/` });
    expect(await journal(query)).toEqual(expected(all, query));
  });

  it.each<Query>([
    { since: 'yesterday' },
    { since: '2026-01-01' },
    { limit: '0' },
    { limit: '-1' },
    { limit: '1.5' },
    { limit: 'all' },
    { kind: 'ftp' },
    { user_id: 'udo' },
  ])('should refuse %o in the envelope', async (query) => {
    const res = await standIn.call({ method: 'GET', path: `/__mock/requests?${search(query)}` });
    expect(expectStatus(res, 400)).toMatchObject({ status: 'failure', success: false });
  });
});

/** Fills in the instant between the two rounds. */
function resolveSince(query: Query): Query {
  return query.since === 'SINCE' ? { ...query, since } : query;
}
