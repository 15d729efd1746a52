import { describe, expect, it } from 'vitest';
import { requiredResponseSchema, routeById } from '../../spec/routes/index.js';
import { issueToken } from '../../src/auth/jwt.js';
import { seedDatabase } from '../../src/seed/index.js';
import { openDatabase, readMeta } from '../../src/store/database.js';
import { createStore } from '../../src/store/index.js';
import { toFullUser } from '../../src/store/users.js';
import { CODEBEE, expectStatus, type TestStandIn, UDO, useStandIn } from '../support/standin.js';

async function seeded(seed: number) {
  const store = createStore(openDatabase(':memory:'));
  await seedDatabase(store, { seed, users: 20, messages: 400 });
  const users = store.users.listUsers();
  return {
    store,
    snapshot: {
      users: users.map(toFullUser),
      threads: users.flatMap((u) => store.chat.listThreads(u.id)),
      transactions: store.ledger.listTransactions(),
      deposits: store.ledger.listDeposits(),
      withdrawals: store.ledger.listWithdrawals(),
    },
  };
}

describe('Seed data', () => {
  it('should be the same for the same seed, ids included, and differ for another seed', async () => {
    const a = (await seeded(11)).snapshot;
    expect((await seeded(11)).snapshot).toEqual(a);
    expect((await seeded(12)).snapshot.users.map((u) => u.id)).not.toEqual(
      a.users.map((u) => u.id),
    );
  });

  it('should satisfy the contract schemas, with realistic values', async () => {
    const { snapshot, store } = await seeded(5);
    const parse = (operationId: Parameters<typeof routeById>[0], body: unknown) =>
      requiredResponseSchema(routeById(operationId), 200).parse(body);
    parse('listUsers', { status: 'success', entity: snapshot.users, message: null, success: true });
    parse('getUserThreads', {
      status: 'success',
      entity: snapshot.threads,
      message: null,
      success: true,
    });
    parse('listTransactions', snapshot.transactions);
    parse('listDeposits', snapshot.deposits);
    parse('listWithdrawals', snapshot.withdrawals);
    const now = new Date().toISOString();
    expect(snapshot.deposits.length).toBeGreaterThan(0);
    for (const d of snapshot.deposits) expect(d.created < now).toBe(true);
    // naira_amount follows amount at a fixed rate per coin (the documented rows keep the docs' values).
    const rates = new Map<string, Set<string>>();
    for (const d of snapshot.deposits.filter((row) => row.user.id !== UDO.id)) {
      const rate = (Number(d.naira_amount) / Number(d.amount)).toPrecision(4);
      rates.set(d.wallet_type, (rates.get(d.wallet_type) ?? new Set()).add(rate));
    }
    expect(rates.size).toBeGreaterThan(0);
    for (const set of rates.values()) expect(set.size).toBe(1);
    const conversation = store.chat.findConversation(
      snapshot.threads[0]?.user_one.id ?? '',
      snapshot.threads[0]?.user_two.id ?? '',
    );
    expect(conversation.map((m) => m.id)).toEqual(
      [...conversation.map((m) => m.id)].sort((x, y) => x - y),
    );
  });
});

let standIn: TestStandIn;
let token: string;
useStandIn((started) => ({ standIn, token } = started));

describe('Stand-in controls under /__mock/', () => {
  it('should list the seeded people with their password and mint tokens for any of them', async () => {
    const people = expectStatus(
      await standIn.call({ method: 'GET', path: '/__mock/users' }),
      200,
    ) as { entity: { email: string; password: string }[] };
    expect(people.entity.find((p) => p.email === CODEBEE.email)?.password).toBe('password123');
    const minted = expectStatus(
      await standIn.call({ method: 'POST', path: '/__mock/token', body: { email: CODEBEE.email } }),
      200,
    ) as { entity: { token: string } };
    const me = expectStatus(
      await standIn.call({ method: 'GET', path: '/auth/user/', token: minted.entity.token }),
      200,
    );
    expect((me as { entity: { id: string } }).entity.id).toBe(CODEBEE.id);
    expectStatus(
      await standIn.call({
        method: 'POST',
        path: '/__mock/token',
        body: { email: 'nobody@example.com' },
      }),
      404,
    );
    expectStatus(await standIn.call({ method: 'POST', path: '/__mock/token', body: '{' }), 400);
  });

  it('should reset the data to the seed', async () => {
    const path = `/exec/user/settings/${UDO.id}/`;
    expectStatus(
      await standIn.call({ method: 'POST', path, token, body: { can_trade_btc: true } }),
      200,
    );
    expectStatus(await standIn.call({ method: 'POST', path: '/__mock/reset' }), 200);
    const after = expectStatus(await standIn.call({ method: 'GET', path, token }), 200);
    expect((after as { entity: { can_trade_btc: boolean } }).entity.can_trade_btc).toBe(false);
  });
});

describe('Tokens refused on every protected route', () => {
  it('should refuse a token signed with another secret, an unsigned one and an expired one everywhere', async () => {
    const secret = readMeta(standIn.store.db, 'jwt_secret') as string;
    const [head, payload] = issueToken(secret, UDO.id, 'access').split('.');
    const bad = [
      issueToken('not-the-secret', UDO.id, 'access'),
      `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`,
      `${head}.${payload}.`,
      issueToken(secret, UDO.id, 'access', Math.floor(Date.now() / 1000) - 6 * 3600 - 1),
    ];
    const { ROUTES } = await import('../../spec/routes/index.js');
    for (const route of ROUTES.filter((r) => (r.security?.length ?? 0) > 0)) {
      const path = route.path.replace(/\{[^}]+\}/, UDO.id);
      for (const badToken of bad) {
        const res = await standIn.call({
          method: route.method.toUpperCase(),
          path,
          token: badToken,
        });
        expect(res.ok && res.status, `${route.method} ${path}`).toBe(401);
      }
    }
  });
});
