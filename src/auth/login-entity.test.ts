import { describe, expect, it } from 'vitest';
import { TOKEN_LIFETIME_SECONDS } from '../../spec/schemas/auth.js';
import type { UserRow } from '../store/users.js';
import { verifyToken } from './jwt.js';
import { loginEntity } from './login-entity.js';

const row = {
  id: '68f6cebe-1dfb-418d-8c4e-3ada680984d1',
  email: 'onuhudoudo@gmail.com',
  first_name: 'Udo',
  last_name: 'Onuh',
} as UserRow;
const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));

describe('loginEntity', () => {
  it('should answer the brief user and an access and a refresh token with the lifetimes asked', () => {
    const entity = loginEntity('s', row, { access: 5, refresh: 7 }, 1000);
    expect(entity.user).toEqual(row);
    expect(claimsOf(entity.token)).toMatchObject({
      token_type: 'access',
      exp: 1005,
      user_id: row.id,
    });
    expect(claimsOf(entity.refresh_token)).toMatchObject({ token_type: 'refresh', exp: 1007 });
  });

  it("should use production's lifetimes from now unless told otherwise", () => {
    const entity = loginEntity('s', row);
    const { iat, exp } = claimsOf(entity.token);
    expect(Math.abs(iat - Date.now() / 1000)).toBeLessThan(2);
    expect(exp - iat).toBe(TOKEN_LIFETIME_SECONDS.access);
    expect(claimsOf(entity.refresh_token).exp - iat).toBe(TOKEN_LIFETIME_SECONDS.refresh);
    expect(verifyToken('s', entity.token, 'access').ok).toBe(true);
  });
});
