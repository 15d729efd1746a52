import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { UserRow, UserStore } from '../store/users.js';
import { authenticateToken, bearerToken, unauthorized } from './authenticate.js';
import { issueToken } from './jwt.js';

const SECRET = 'secret';
const ACTIVE = '68f6cebe-1dfb-418d-8c4e-3ada680984d1';
const INACTIVE = '8b979f92-2d5d-471f-abdc-4f8259f5736a';
const GONE = '96bf0d3f-1cde-4a0b-9d0e-000000000000';
const rows: Record<string, Partial<UserRow>> = {
  [ACTIVE]: { id: ACTIVE, is_active: 1 },
  [INACTIVE]: { id: INACTIVE, is_active: 0 },
};
const users = { findUser: (id: string) => rows[id] } as unknown as UserStore;
const token = (id: string, type: 'access' | 'refresh' = 'access') => issueToken(SECRET, id, type);
const tokenNotValid = (message: string) => ({
  detail: 'Given token not valid for any token type',
  code: 'token_not_valid',
  messages: [{ token_class: 'AccessToken', token_type: 'access', message }],
});

describe('authenticateToken', () => {
  it('should resolve an active user from a live access token', () => {
    expect(authenticateToken(token(ACTIVE), SECRET, users)).toEqual({
      ok: true,
      user: rows[ACTIVE],
    });
  });

  it("should answer each refusal with SimpleJWT's body", () => {
    const refusal = (t: string | undefined) => authenticateToken(t, SECRET, users);
    expect(refusal(undefined)).toEqual({
      ok: false,
      body: { detail: 'Authentication credentials were not provided.' },
    });
    expect(refusal('')).toEqual(refusal(undefined));
    expect(refusal('junk')).toEqual({
      ok: false,
      body: tokenNotValid('Token is invalid or expired'),
    });
    expect(refusal(token(ACTIVE, 'refresh'))).toEqual({
      ok: false,
      body: tokenNotValid('Token has wrong type'),
    });
    expect(refusal(token(GONE))).toEqual({
      ok: false,
      body: { detail: 'User not found', code: 'user_not_found' },
    });
    expect(refusal(token(INACTIVE))).toEqual({
      ok: false,
      body: { detail: 'User is inactive', code: 'user_inactive' },
    });
  });
});

describe('bearerToken', () => {
  it('should read the token after the word Bearer exactly, and nothing else', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('Bearer   abc  ')).toBe('abc');
    expect(bearerToken(undefined)).toBeUndefined();
    for (const header of [
      'bearer abc',
      'Token abc',
      'Bearer',
      'Bearer ',
      'Bearer a b',
      'xBearer abc',
    ])
      expect(bearerToken(header), header).toBeUndefined();
  });
});

describe('unauthorized', () => {
  it('should answer 401 with the body and the WWW-Authenticate challenge', async () => {
    const app = new Hono().get('/', (c) => unauthorized(c, { detail: 'x' } as never));
    const res = await app.request('/');
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toBe('Bearer realm="api"');
    expect(await res.json()).toEqual({ detail: 'x' });
  });
});
