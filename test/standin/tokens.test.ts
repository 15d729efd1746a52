import { describe, expect, it } from 'vitest';
import { openSocket } from '../../conformance/client/http-client.js';
import {
  CODEBEE,
  expectStatus,
  KYRIAN,
  PASSWORD,
  type TestStandIn,
  useStandIn,
} from '../support/standin.js';

let standIn: TestStandIn;
let token: string;
useStandIn((started) => ({ standIn, token } = started));

interface Minted {
  token: string;
  refresh_token: string;
  token_expires_at: string;
  refresh_token_expires_at: string;
}

async function mint(body: object): Promise<Minted> {
  const res = await standIn.call({ method: 'POST', path: '/__mock/token', body });
  return (expectStatus(res, 200) as { entity: Minted }).entity;
}

const whoAmI = (bearerToken: string) =>
  standIn.call({ method: 'GET', path: '/auth/user/', token: bearerToken });

describe('Minted tokens (/__mock/token)', () => {
  it('should refuse an already expired access token, then accept the refresh that renews it', async () => {
    const minted = await mint({ email: KYRIAN.email, lifetime_seconds: -60 });
    expect(Date.parse(minted.token_expires_at)).toBeLessThan(Date.now());
    expect(expectStatus(await whoAmI(minted.token), 401)).toMatchObject({
      code: 'token_not_valid',
      messages: [{ message: 'Token is invalid or expired' }],
    });

    const renewed = expectStatus(
      await standIn.call({
        method: 'POST',
        path: '/auth/token/refresh/',
        body: { refresh: minted.refresh_token },
      }),
      200,
    ) as { access: string };
    expect(expectStatus(await whoAmI(renewed.access), 200)).toMatchObject({
      entity: { id: KYRIAN.id },
    });
  });

  it('should mint an expired refresh token that the refresh endpoint refuses', async () => {
    const minted = await mint({ user_id: KYRIAN.id, token_type: 'refresh', lifetime_seconds: -1 });
    expectStatus(await whoAmI(minted.token), 200);
    expect(
      expectStatus(
        await standIn.call({
          method: 'POST',
          path: '/auth/token/refresh/',
          body: { refresh: minted.refresh_token },
        }),
        401,
      ),
    ).toEqual({ detail: 'Token is invalid or expired', code: 'token_not_valid' });
  });

  it('should give a short-lived token that works until it expires', async () => {
    const minted = await mint({ email: KYRIAN.email, lifetime_seconds: 30 });
    const expires = Date.parse(minted.token_expires_at);
    expect(expires - Date.now()).toBeGreaterThan(25_000);
    expect(expires - Date.now()).toBeLessThanOrEqual(30_000);
    expectStatus(await whoAmI(minted.token), 200);
  });

  it('should refuse unknown options and token types in the envelope', async () => {
    for (const body of [
      { email: KYRIAN.email, token_type: 'id' },
      { email: KYRIAN.email, lifetime_seconds: 1.5 },
      { email: KYRIAN.email, lifetme_seconds: 10 },
    ]) {
      expect(
        expectStatus(await standIn.call({ method: 'POST', path: '/__mock/token', body }), 400),
      ).toMatchObject({ success: false, status: 'failure' });
    }
  });
});

describe('Deactivation through Change user settings', () => {
  const settingsPath = `/exec/user/settings/${CODEBEE.id}/`;
  const setActive = (isActive: boolean) =>
    standIn.call({ method: 'GET', path: settingsPath, token, body: { is_active: isActive } });
  const login = () =>
    standIn.call({
      method: 'POST',
      path: '/auth/login/',
      body: { email: CODEBEE.email, password: PASSWORD },
    });

  it('should lock the account out everywhere when inactive, and let it back in when active', async () => {
    const before = await standIn.login(CODEBEE.email);

    expect(expectStatus(await setActive(false), 200)).toMatchObject({
      entity: { is_active: false },
    });
    expect(expectStatus(await login(), 400)).toMatchObject({
      message: 'This user is currently not active. verify your account',
    });
    const refused = await whoAmI(before.token);
    expect(expectStatus(refused, 401)).toEqual({
      detail: 'User is inactive',
      code: 'user_inactive',
    });
    expect(refused.ok && refused.headers['www-authenticate']).toBe('Bearer realm="api"');
    const handshake = await openSocket(`${standIn.wsUrl}?token=${before.token}`);
    expect(handshake.ok ? 'opened' : handshake.status).toBe(403);

    expect(expectStatus(await setActive(true), 200)).toMatchObject({
      entity: { is_active: true },
    });
    expectStatus(await login(), 200);
    expectStatus(await whoAmI(before.token), 200);
    const socket = await standIn.socket(before.token);
    expect(socket.isOpen()).toBe(true);
  });

  it('should list the account as inactive in /__mock/users while it is', async () => {
    const listed = async () => {
      const res = await standIn.call({ method: 'GET', path: '/__mock/users' });
      const people = (expectStatus(res, 200) as { entity: { id: string; is_active: boolean }[] })
        .entity;
      return people.find((person) => person.id === CODEBEE.id)?.is_active;
    };
    await setActive(false);
    expect(await listed()).toBe(false);
    await setActive(true);
    expect(await listed()).toBe(true);
    // The admin who made the changes is untouched by them.
    expectStatus(await whoAmI(token), 200);
  });
});
