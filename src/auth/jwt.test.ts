import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TOKEN_LIFETIME_SECONDS } from '../../spec/schemas/auth.js';
import { issueToken, newSecret, verifyToken } from './jwt.js';

const USER = '68f6cebe-1dfb-418d-8c4e-3ada680984d1';
const now = () => Math.floor(Date.now() / 1000);
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));

/** A token signed with `secret` over any header and payload, as a forger would build it. */
function signed(secret: string, header: unknown, payload: unknown): string {
  const body = `${b64(header)}.${b64(payload)}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

describe('issueToken', () => {
  it('should issue an HS256 JWT with SimpleJWT claims and the production lifetime', () => {
    const token = issueToken('s', USER, 'access', 1000);
    const [header] = token.split('.');
    expect(JSON.parse(Buffer.from(header ?? '', 'base64url').toString())).toEqual({
      alg: 'HS256',
      typ: 'JWT',
    });
    expect(claimsOf(token)).toEqual({
      token_type: 'access',
      exp: 1000 + TOKEN_LIFETIME_SECONDS.access,
      iat: 1000,
      jti: expect.stringMatching(/^[0-9a-f]{32}$/),
      user_id: USER,
    });
    expect(claimsOf(issueToken('s', USER, 'refresh', 1000, 5)).exp).toBe(1005);
    expect(claimsOf(issueToken('s', USER, 'refresh', 1000)).exp).toBe(
      1000 + TOKEN_LIFETIME_SECONDS.refresh,
    );
    expect(Math.abs(claimsOf(issueToken('s', USER, 'access')).iat - now())).toBeLessThanOrEqual(1);
  });
});

describe('verifyToken', () => {
  // Fixed, not newSecret(): a broken newSecret must fail its own test, not the file's loading.
  const secret = 'the-verifying-secret';

  it('should accept a live token of the expected type, and say which problem refuses the others', () => {
    const access = issueToken(secret, USER, 'access');
    expect(verifyToken(secret, access, 'access')).toEqual({ ok: true, claims: claimsOf(access) });
    // Twice: the second answer comes from the remembered claims.
    expect(verifyToken(secret, access, 'access').ok).toBe(true);
    expect(verifyToken(secret, access, 'refresh')).toEqual({ ok: false, problem: 'wrongType' });
    expect(verifyToken('another-secret', access, 'access')).toEqual({
      ok: false,
      problem: 'invalid',
    });
  });

  it('should refuse a token at its expiry second, and one remembered before it expired', () => {
    const ending = issueToken(secret, USER, 'access', now() - 10, 10);
    expect(verifyToken(secret, ending, 'access')).toEqual({ ok: false, problem: 'invalid' });
    const later = issueToken(secret, USER, 'access', now(), 2);
    expect(verifyToken(secret, later, 'access').ok).toBe(true);
    const expired = issueToken(secret, USER, 'access', now() - 100, 50);
    expect(verifyToken(secret, expired, 'access')).toEqual({ ok: false, problem: 'invalid' });
  });

  it('should refuse forged, truncated and malformed tokens without throwing', () => {
    const claims = claimsOf(issueToken(secret, USER, 'access'));
    const [h, p, s] = issueToken(secret, USER, 'access').split('.');
    const refused = [
      '',
      'a.b',
      `${h}.${p}.${s}.x`,
      `${h}.${p}.`,
      `${h}.${p}.${s?.slice(0, -2)}`,
      `${h}.${b64({ ...claims, user_id: 'x' })}.${s}`,
      signed(secret, { alg: 'none', typ: 'JWT' }, claims),
      signed(secret, { typ: 'JWT' }, claims),
      signed(secret, 'not an object', claims),
      `${Buffer.from('not json').toString('base64url')}.${b64(claims)}.${createHmac(
        'sha256',
        secret,
      )
        .update(`${Buffer.from('not json').toString('base64url')}.${b64(claims)}`)
        .digest('base64url')}`,
      `${b64({ alg: 'HS256' }).slice(0, -1)}%.${p}.${s}`,
      signed(secret, { alg: 'HS256' }, { ...claims, user_id: 'not-a-uuid' }),
      `${signed(secret, { alg: 'HS256' }, claims).split('.').slice(0, 2).join('.')}.${'A'.repeat(43)}`,
    ];
    for (const token of refused)
      expect(verifyToken(secret, token, 'access'), token).toEqual({
        ok: false,
        problem: 'invalid',
      });
    // The same claims under the right header and signature are fine: only the break refuses.
    expect(verifyToken(secret, signed(secret, { alg: 'HS256' }, claims), 'access').ok).toBe(true);
  });
});

describe('newSecret', () => {
  it('should make 64 hex characters, a new one each time', () => {
    expect(newSecret()).toMatch(/^[0-9a-f]{64}$/);
    expect(newSecret()).not.toBe(newSecret());
  });
});
