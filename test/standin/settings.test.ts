import { describe, expect, it } from 'vitest';
import { SETTINGS_FLAGS, TradingSettingsSchema } from '../../spec/schemas/exec.js';
import {
  expectStatus,
  KYRIAN,
  PASSWORD,
  type TestStandIn,
  useStandIn,
} from '../support/standin.js';

let standIn: TestStandIn;
let token: string;
useStandIn((started) => ({ standIn, token } = started));

const path = `/exec/user/settings/${KYRIAN.id}/`;
/** The flags Get user settings answers; the rest are stored but not echoed (D10). */
const ECHOED = new Set(Object.keys(TradingSettingsSchema.shape));

type Settings = Record<string, unknown>;

/** Every flag as the stand-in holds it: the echoed ones over HTTP, the others from the store. */
async function readBack(): Promise<Record<string, boolean>> {
  const body = expectStatus(await standIn.call({ method: 'GET', path, token }), 200) as {
    entity: Settings;
  };
  const stored = standIn.store.exec.storedFlags(KYRIAN.id) ?? {};
  return Object.fromEntries(
    SETTINGS_FLAGS.map((flag) => [
      flag,
      ECHOED.has(flag) ? body.entity[flag] : (stored as Settings)[flag] === 1,
    ]),
  ) as Record<string, boolean>;
}

/** Whether Kyrian's account is usable: its token is accepted (cheap: no password hashing). */
async function accountWorks(): Promise<boolean> {
  const minted = expectStatus(
    await standIn.call({ method: 'POST', path: '/__mock/token', body: { email: KYRIAN.email } }),
    200,
  ) as { entity: { token: string } };
  const res = await standIn.call({
    method: 'GET',
    path: '/auth/user/',
    token: minted.entity.token,
  });
  return res.ok && res.status === 200;
}

async function loginMessage(): Promise<unknown> {
  const res = await standIn.call({
    method: 'POST',
    path: '/auth/login/',
    body: { email: KYRIAN.email, password: PASSWORD },
  });
  return res.ok && (res.json as { message: unknown }).message;
}

describe('Change user settings, flag by flag', () => {
  it('should cover all nine flags of the contract', () => {
    expect(SETTINGS_FLAGS).toHaveLength(9);
  });

  it.each(SETTINGS_FLAGS)(
    'should turn %s off and on again, and read it back each time',
    async (flag) => {
      const all = await readBack();
      expect(Object.values(all).every(Boolean), JSON.stringify(all)).toBe(true);

      for (const value of [false, true]) {
        // The documented form: GET with a JSON body (D9).
        const changed = expectStatus(
          await standIn.call({ method: 'GET', path, token, body: { [flag]: value } }),
          200,
        ) as { entity: Settings; message: string };
        expect(changed.message).toBe('User settings updated successfully');
        if (ECHOED.has(flag)) expect(changed.entity[flag]).toBe(value);
        else expect(changed.entity).not.toHaveProperty(flag);

        // Only this flag moved.
        expect(await readBack()).toEqual({ ...all, [flag]: value });
        // Deactivation is the account's: it follows is_active and nothing else.
        expect(await accountWorks()).toBe(flag === 'is_active' ? value : true);
        if (flag === 'is_active')
          expect(await loginMessage()).toBe(
            value ? null : 'This user is currently not active. verify your account',
          );
      }
    },
  );
});
