import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SocketSession } from '../../conformance/client/http-client.js';
import { SETTINGS_FLAGS } from '../../spec/schemas/exec.js';
import { issueToken } from '../../src/auth/jwt.js';
import { readMeta } from '../../src/store/database.js';
import {
  CODEBEE,
  expectStatus,
  KYRIAN,
  startTestStandIn,
  type TestStandIn,
  UDO,
} from '../support/standin.js';

/**
 * Reads are served from ready bytes (src/store/ready-bytes.ts); this story proves they are never
 * stale. Actors run at once, each a deterministic random walk of socket messages, settings and
 * coin changes and reads by several users, with resets between rounds; every read must reflect
 * every write acknowledged before the read was sent. A socket message is acknowledged when its
 * receiver has the frame (the server stores before it delivers); an HTTP write by its 200.
 */

type Person = { id: string; email: string; token: string; socket: SocketSession };
/** One socket message, with the test's logical times of its send and of its acknowledgement. */
interface Sent {
  body: string;
  senderId: string;
  sentAt: number;
  ackedAt?: number;
}

/**
 * Whether `later` is certainly stored after `earlier`: it was sent after `earlier` was
 * acknowledged, or after `earlier` on the same socket (one sender's frames are stored in the
 * order they arrive). Two messages in flight on different sockets may be stored in either order.
 */
function storedAfter(later: Sent, earlier: Sent): boolean {
  if (earlier.ackedAt !== undefined && later.sentAt > earlier.ackedAt) return true;
  return later.senderId === earlier.senderId && later.sentAt > earlier.sentAt;
}

/**
 * The messages a thread read sent at `readAt` may show as its last: every one sent so far,
 * except those certainly stored before a message acknowledged before `readAt`.
 */
function possibleLast(messages: readonly Sent[], readAt: number): string[] {
  const acked = messages.filter((m) => m.ackedAt !== undefined && m.ackedAt < readAt);
  return messages
    .filter((m) => !acked.some((later) => later !== m && storedAfter(later, m)))
    .map((m) => m.body);
}

/** mulberry32: a small seeded PRNG, so a failure replays. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROUNDS = 3;
const ACTORS = 4;
const STEPS = 30;

let standIn: TestStandIn;
let people: Person[];
/** People whose settings the actors change, one each; `is_active` among them (D60). */
let owners: { id: string }[];
beforeAll(async () => {
  standIn = await startTestStandIn({ users: 12, messages: 40 });
  const generated = standIn.store.users
    .listUsers()
    .filter((u) => u.is_active === 1 && ![UDO.id, KYRIAN.id, CODEBEE.id].includes(u.id))
    .slice(0, 3 + ACTORS);
  owners = generated.splice(3);
  const secret = readMeta(standIn.store.db, 'jwt_secret') as string;
  people = await Promise.all(
    [UDO, KYRIAN, CODEBEE, ...generated].map(async ({ id, email }) => {
      const token = issueToken(secret, id, 'access');
      return { id, email, token, socket: await standIn.socket(token) };
    }),
  );
}, 60_000);
afterAll(() => standIn.stop());

describe('Fresh reads', () => {
  it('should reflect every acknowledged write in every read, across messages, settings, coins and resets', async () => {
    const seedUsers = standIn.store.users.listUsers().length;
    for (let round = 0; round < ROUNDS; round += 1) {
      // What the round wrote, by pair ("a b", ids sorted) in send order; settings by owner.
      const sent = new Map<string, Sent[]>();
      const settings = new Map<string, Record<string, boolean>>();
      const coins = new Map<string, boolean>();
      const pairOf = (a: Person, b: Person) => [a.id, b.id].sort().join(' ');
      /** The test's logical clock: orders sends, acknowledgements and reads across actors. */
      let clock = 0;
      const tick = () => ++clock;
      const get = (path: string, reader: Person) =>
        standIn.call({ method: 'GET', path, token: reader.token });

      /** Every acked message of the pair, and a last message no older than any acked one. */
      async function checkPair(a: Person, b: Person, reader: Person) {
        const messages = sent.get(pairOf(a, b)) ?? [];
        const acked = messages.filter((m) => m.ackedAt !== undefined).map((m) => m.body);
        const other = reader === a ? b : a;
        const history = expectStatus(await get(`/chat/messages/${other.id}/`, reader), 200) as {
          entity: { messages: { message: string }[] };
        };
        const bodies = new Set(history.entity.messages.map((m) => m.message));
        for (const body of acked) expect(bodies, `${reader.email} reads ${body}`).toContain(body);
        const threadsAt = tick();
        if (!messages.some((m) => m.ackedAt !== undefined)) return;
        const threads = expectStatus(await get('/chat/get-user-threads/', reader), 200) as {
          entity: { user_one: { id: string }; user_two: { id: string }; last_message: string }[];
        };
        const thread = threads.entity.find((t) =>
          [t.user_one.id, t.user_two.id].includes(other.id),
        );
        expect(
          possibleLast(messages, threadsAt),
          `${reader.email}'s thread with ${other.email}`,
        ).toContain(thread?.last_message);
      }

      async function actor(index: number) {
        const next = random(round * 100 + index + 1);
        const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)] as T;
        // Each actor owns one person's settings and one coin, so their expected state is exact.
        const owner = owners[index] as { id: string };
        const coin = ['btc', 'eth', 'ltc', 'usdt'][index] as string;
        for (let step = 0; step < STEPS; step += 1) {
          const [a, b] = [pick(people), pick(people)];
          const reader = pick(people);
          const roll = next();
          if (a === b) continue;
          if (roll < 0.35) {
            const message: Sent = {
              body: `r${round} a${index} s${step}`,
              senderId: a.id,
              sentAt: tick(),
            };
            const list = sent.get(pairOf(a, b)) ?? [];
            list.push(message);
            sent.set(pairOf(a, b), list);
            a.socket.send(
              JSON.stringify({
                action: 'chat_message',
                message_body: message.body,
                receiver_id: b.id,
              }),
            );
            const frame = await b.socket.waitForFrame(
              (f) => (f as { message_body?: string }).message_body === message.body,
              5000,
            );
            expect(frame, `delivery of ${message.body}`).toBeDefined();
            message.ackedAt = tick();
          } else if (roll < 0.5) {
            const change = Object.fromEntries(SETTINGS_FLAGS.map((flag) => [flag, next() < 0.5]));
            const res = await standIn.call({
              method: 'POST',
              path: `/exec/user/settings/${owner.id}/`,
              token: reader.token,
              body: change,
            });
            expectStatus(res, 200);
            settings.set(owner.id, change);
          } else if (roll < 0.6) {
            const enabled = next() < 0.5;
            const res = await standIn.call({
              method: 'POST',
              path: `/exec/coin/${enabled ? 'enable' : 'disable'}/`,
              token: reader.token,
              body: { coin },
            });
            expectStatus(res, 200);
            coins.set(coin, enabled);
          } else if (roll < 0.9) {
            await checkPair(a, b, pick([a, b]));
          } else if (roll < 0.95) {
            const change = settings.get(owner.id);
            const res = await get(`/exec/user/settings/${owner.id}/`, reader);
            const read = expectStatus(res, 200) as { entity: Record<string, boolean> };
            if (change)
              for (const [flag, value] of Object.entries(change))
                if (flag in read.entity) expect(read.entity[flag], flag).toBe(value);
          } else {
            const res = await standIn.call({
              method: 'POST',
              path: '/auth/users/',
              token: reader.token,
            });
            const list = (
              expectStatus(res, 200) as { entity: { id: string; is_active: boolean }[] }
            ).entity;
            expect(list).toHaveLength(seedUsers);
            const active = settings.get(owner.id)?.is_active;
            if (active !== undefined)
              expect(list.find((u) => u.id === owner.id)?.is_active, 'is_active in the list').toBe(
                active,
              );
          }
        }
      }

      await Promise.all(Array.from({ length: ACTORS }, (_, i) => actor(i)));
      // Everything acked in the round, read once more by both sides of every pair.
      for (const a of people) for (const b of people) if (a !== b) await checkPair(a, b, a);
      expect(standIn.store.exec.listCoins()).toMatchObject(Object.fromEntries(coins));

      // Reset, acknowledged: no read may still show the round's messages.
      expectStatus(await standIn.call({ method: 'POST', path: '/__mock/reset' }), 200);
      for (const a of people) {
        const threads = expectStatus(await get('/chat/get-user-threads/', a), 200) as {
          entity: { last_message: string | null }[];
        };
        expect(
          threads.entity.map((t) => t.last_message ?? '').filter((m) => m.startsWith(`r${round} `)),
        ).toEqual([]);
        for (const b of people) {
          if (a === b) continue;
          const history = expectStatus(await get(`/chat/messages/${b.id}/`, a), 200) as {
            entity: { messages: { message: string }[] };
          };
          expect(history.entity.messages.filter((m) => m.message.startsWith(`r${round} `))).toEqual(
            [],
          );
        }
      }
    }
    // The reads above went the way clients' reads go: most through the read lane, before Hono.
    expect(standIn.readLaneServed()).toBeGreaterThan(100);
  });
});
