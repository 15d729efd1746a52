import { createHmac, randomBytes } from 'node:crypto';

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * A token signed with the server's own secret, as SimpleJWT signs (HS256, `{"alg":"HS256",
 * "typ":"JWT"}`), carrying exactly `claims`: correctly signed, so only its claims can be wrong.
 * A secret's product: reports show it as `[redacted JWT]`, never as it is.
 *
 * @example
 * signedToken(secret, { token_type: 'access', exp: now + 60, user_id: 'not-a-uuid' });
 */
export function signedToken(secret: string, claims: Record<string, unknown>): string {
  const body = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

/** SimpleJWT's claims for an access token of `userId`, valid for an hour from now. */
export function accessClaims(userId: string): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    token_type: 'access',
    exp: now + 3600,
    iat: now,
    jti: randomBytes(16).toString('hex'),
    user_id: userId,
  };
}
