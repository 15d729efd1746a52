import { describe, expect, it } from 'vitest';
import { documentedExample, requiredResponseSchema, routeById } from '../../spec/routes/index.js';
import { issueToken } from '../../src/auth/jwt.js';
import { PERSONAS } from '../../src/seed/personas.js';
import { readMeta } from '../../src/store/database.js';
import { expectStatus, KYRIAN, type TestStandIn, UDO, useStandIn } from '../support/standin.js';

let standIn: TestStandIn;
let token: string;
useStandIn((started) => ({ standIn, token } = started));

const parses = (operationId: Parameters<typeof routeById>[0], status: number, body: unknown) =>
  requiredResponseSchema(routeById(operationId), status).safeParse(body).success;

describe('Users, ledger and current user', () => {
  it('should list every user with a PBKDF2 hash, never a plain password', async () => {
    const body = expectStatus(
      await standIn.call({ method: 'POST', path: '/auth/users/', token }),
      200,
    );
    expect(parses('listUsers', 200, body)).toBe(true);
    const users = (body as { entity: { password: string; email: string }[] }).entity;
    // The docs' three, the 12 generated, and the edge-case personas (D64).
    expect(users).toHaveLength(3 + 12 + PERSONAS.length);
    expect(
      users.every(
        (u) =>
          u.password.startsWith('pbkdf2_sha256$600000$') && !u.password.includes('password123'),
      ),
    ).toBe(true);
  });

  it('should answer the ledger lists as bare arrays holding the documented rows', async () => {
    for (const [operationId, path, documentedId] of [
      ['listTransactions', '/transactions/all/', '5b9ae820-dc6a-482e-87e6-9d5b9827cb4f'],
      ['listDeposits', '/deposits/list/all/', '329a18d6-b692-4e72-9d81-293e819b49ff'],
      ['listWithdrawals', '/withdrawals/list/all/', '42a02848-e6bf-412b-a5c4-afe434a2b09e'],
    ] as const) {
      const body = expectStatus(await standIn.call({ method: 'GET', path, token }), 200);
      expect(parses(operationId, 200, body), operationId).toBe(true);
      const example = documentedExample(routeById(operationId), 200) as { id: string }[];
      const row = (body as { id: string }[]).find((r) => r.id === documentedId);
      expect(row).toEqual(example.find((r) => r.id === documentedId));
    }
  });

  it('should answer the current user', async () => {
    const body = expectStatus(
      await standIn.call({ method: 'GET', path: '/auth/user/', token }),
      200,
    );
    expect(parses('currentUser', 200, body)).toBe(true);
    expect((body as { entity: { id: string } }).entity.id).toBe(UDO.id);
  });
});

describe('Coins', () => {
  it('should enable and disable through a GET body, a form, the query string and POST', async () => {
    const cases = [
      { method: 'GET', path: '/exec/coin/disable/', body: { coin: 'btc' }, expected: false },
      { method: 'GET', path: '/exec/coin/enable/?coin=ETH', expected: true },
      {
        method: 'POST',
        path: '/exec/coin/disable',
        body: 'coin=ltc',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        expected: false,
      },
      { method: 'POST', path: '/exec/coin/enable/', body: { coin: 'btc' }, expected: true },
    ];
    for (const { expected, ...call } of cases) {
      const body = expectStatus(await standIn.call({ ...call, token }), 200) as { message: string };
      expect(parses('enableCoin', 200, body)).toBe(true);
      expect(body.message).toMatch(expected ? / enabled successfully$/ : / disabled successfully$/);
    }
    expect(standIn.store.exec.listCoins()).toMatchObject({ btc: true, eth: true, ltc: false });
  });

  it('should answer 404 "Invalid coin" for an unsupported coin and 400 for none', async () => {
    const bad = expectStatus(
      await standIn.call({
        method: 'GET',
        path: '/exec/coin/enable/',
        body: { coin: 'doge' },
        token,
      }),
      404,
    );
    expect(bad).toEqual({
      status: 'failure',
      entity: null,
      message: 'Invalid coin',
      success: false,
    });
    const none = expectStatus(
      await standIn.call({ method: 'GET', path: '/exec/coin/enable/', token }),
      400,
    );
    expect(none).toMatchObject({ status: 'failure', message: 'Coin is required' });
  });
});

describe('Trading settings', () => {
  it('should read the documented settings, change them with the documented GET body, and read them back', async () => {
    const path = `/exec/user/settings/${UDO.id}/`;
    const before = expectStatus(await standIn.call({ method: 'GET', path, token }), 200);
    expect(before).toEqual(documentedExample(routeById('getUserSettings'), 200));

    const changed = expectStatus(
      await standIn.call({
        method: 'GET',
        path,
        token,
        body: { can_trade_btc: true, can_withdraw: false },
      }),
      200,
    );
    expect(changed).toMatchObject({
      message: 'User settings updated successfully',
      entity: { can_trade_btc: true },
    });
    expect(parses('getUserSettings', 200, changed)).toBe(true);
    expect(standIn.store.exec.storedFlags(UDO.id)).toMatchObject({
      can_trade_btc: 1,
      can_withdraw: 0,
    });

    for (const method of ['POST', 'PUT', 'PATCH']) {
      const body = expectStatus(
        await standIn.call({ method, path, token, body: { can_trade_eth: method !== 'PATCH' } }),
        200,
      );
      expect((body as { entity: { can_trade_eth: boolean } }).entity.can_trade_eth).toBe(
        method !== 'PATCH',
      );
    }
    const after = expectStatus(await standIn.call({ method: 'GET', path, token }), 200);
    expect(after).toMatchObject({
      message: null,
      entity: { can_trade_btc: true, can_trade_eth: false },
    });
  });

  it('should create defaults on first read and refuse unknown users and unknown fields', async () => {
    const fresh = expectStatus(
      await standIn.call({ method: 'GET', path: `/exec/user/settings/${KYRIAN.id}/`, token }),
      200,
    );
    expect((fresh as { entity: Record<string, unknown> }).entity).toMatchObject({
      is_active: true,
      can_trade_btc: true,
    });
    expectStatus(
      await standIn.call({
        method: 'GET',
        path: '/exec/user/settings/00000000-0000-4000-8000-000000000000/',
        token,
      }),
      400,
    );
    expectStatus(
      await standIn.call({ method: 'GET', path: '/exec/user/settings/nope/', token }),
      400,
    );
    const typo = expectStatus(
      await standIn.call({
        method: 'POST',
        path: `/exec/user/settings/${KYRIAN.id}/`,
        token,
        body: { can_trade_doge: true },
      }),
      400,
    );
    expect((typo as { message: string }).message).toMatch(/can_trade_doge/);
  });
});

describe('Authentication', () => {
  const secret = () => readMeta(standIn.store.db, 'jwt_secret') as string;

  it('should refuse missing, malformed, expired, foreign, unsigned and refresh tokens with 401', async () => {
    const { refresh } = await standIn.login(UDO.email);
    const expired = issueToken(
      secret(),
      UDO.id,
      'access',
      Math.floor(Date.now() / 1000) - 7 * 3600,
    );
    const foreign = issueToken('another-secret', UDO.id, 'access');
    const [head, payload] = token.split('.');
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    const tampered = `${head}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()), user_id: KYRIAN.id })).toString('base64url')}.${token.split('.')[2]}`;
    const cases: [Record<string, string>, string][] = [
      [{}, 'Authentication credentials were not provided.'],
      [{ authorization: `Token ${token}` }, 'Authentication credentials were not provided.'],
      [{ authorization: 'Bearer garbage' }, 'Token is invalid or expired'],
      [{ authorization: `Bearer ${expired}` }, 'Token is invalid or expired'],
      [{ authorization: `Bearer ${foreign}` }, 'Token is invalid or expired'],
      [{ authorization: `Bearer ${unsigned}` }, 'Token is invalid or expired'],
      [{ authorization: `Bearer ${tampered}` }, 'Token is invalid or expired'],
      [{ authorization: `Bearer ${refresh}` }, 'Token has wrong type'],
    ];
    for (const [headers, message] of cases) {
      const res = await standIn.call({ method: 'GET', path: '/auth/user/', headers });
      expect(expectStatus(res, 401)).toMatchObject(
        message.startsWith('Auth')
          ? { detail: message }
          : { code: 'token_not_valid', messages: [{ message }] },
      );
      expect(res.ok && res.headers['www-authenticate']).toBe('Bearer realm="api"');
    }
  });

  it('should check authentication before the method: 401 unauthenticated, 405 authenticated', async () => {
    expectStatus(await standIn.call({ method: 'DELETE', path: '/transactions/all/' }), 401);
    const body = expectStatus(
      await standIn.call({ method: 'GET', path: '/auth/users/', token }),
      405,
    );
    expect(body).toEqual({ detail: 'Method "GET" not allowed.' });
  });

  it('should refresh with a refresh token only, and answer each documented login failure', async () => {
    const { refresh } = await standIn.login(UDO.email);
    const fresh = expectStatus(
      await standIn.call({ method: 'POST', path: '/auth/token/refresh/', body: { refresh } }),
      200,
    ) as { access: string };
    expectStatus(
      await standIn.call({ method: 'GET', path: '/auth/user/', token: fresh.access }),
      200,
    );
    expectStatus(
      await standIn.call({
        method: 'POST',
        path: '/auth/token/refresh/',
        body: { refresh: token },
      }),
      401,
    );
    for (const [body, message] of [
      [{ email: UDO.email, password: 'wrong' }, 'Invalid login details'],
      [{ email: UDO.email }, 'Email and password are required'],
      [{ email: 'nobody@example.com', password: 'x' }, 'User does not exist'],
    ] as const) {
      expect(
        expectStatus(await standIn.call({ method: 'POST', path: '/auth/login/', body }), 400),
      ).toMatchObject({ message });
    }
  });
});
