import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  type JwtClaims,
  JwtClaimsSchema,
  TOKEN_LIFETIME_SECONDS,
  type TokenType,
} from '../../spec/schemas/auth.js';
import { LruCache } from '../cache/lru-cache.js';

// Stryker disable next-line StringLiteral: toString('') throws on import, which the vitest runner reports as a survivor (no test result), not a kill
const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

function signature(input: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(input).digest();
}

/**
 * Issues a SimpleJWT-shaped HS256 token for `userId`, living the production lifetime unless told
 * otherwise (a negative lifetime gives a token that has already expired).
 *
 * @example
 * const access = issueToken(secret, user.id, 'access');
 */
export function issueToken(
  secret: string,
  userId: string,
  tokenType: TokenType,
  nowSeconds = Math.floor(Date.now() / 1000),
  lifetimeSeconds = TOKEN_LIFETIME_SECONDS[tokenType],
): string {
  const claims: JwtClaims = {
    token_type: tokenType,
    exp: nowSeconds + lifetimeSeconds,
    iat: nowSeconds,
    jti: randomBytes(16).toString('hex'),
    user_id: userId,
  };
  const body = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${body}.${signature(body, secret).toString('base64url')}`;
}

/** Why a token was refused; maps onto the two documented 401 messages. */
export type TokenProblem = 'invalid' | 'wrongType';
export type TokenCheck = { ok: true; claims: JwtClaims } | { ok: false; problem: TokenProblem };

/**
 * Clients send the same token on every request; a verified token's claims are remembered (per
 * secret) so the hot path skips the HMAC and the JSON parse. Expiry is still checked every time.
 */
const verified = new LruCache<string, JwtClaims>(10_000);

/**
 * Verifies signature, algorithm (HS256 only: `alg: none` and others are refused), expiry and type.
 * Never throws: a token is client input.
 */
export function verifyToken(secret: string, token: string, expected: TokenType): TokenCheck {
  const key = `${secret}\0${token}`;
  let claims = verified.get(key);
  // Stryker disable next-line ConditionalExpression: the cache only skips work; verifying again answers the same
  if (!claims) {
    const check = verifySignedClaims(secret, token);
    if (!check.ok) return check;
    claims = check.claims;
    verified.set(key, claims);
  }
  if (claims.exp <= Math.floor(Date.now() / 1000)) return { ok: false, problem: 'invalid' };
  if (claims.token_type !== expected) return { ok: false, problem: 'wrongType' };
  return { ok: true, claims };
}

function verifySignedClaims(secret: string, token: string): TokenCheck {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, problem: 'invalid' };
  const [header, payload, sig] = parts as [string, string, string];
  const expectedSig = signature(`${header}.${payload}`, secret);
  const givenSig = Buffer.from(sig, 'base64url');
  if (givenSig.length !== expectedSig.length || !timingSafeEqual(givenSig, expectedSig)) {
    return { ok: false, problem: 'invalid' };
  }
  // Stryker disable BlockStatement: an empty catch block below returns undefined too
  const decoded = (part: string): unknown => {
    try {
      return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    } catch {
      return undefined;
    }
  };
  // Stryker restore BlockStatement
  const alg = (decoded(header) as { alg?: unknown } | undefined)?.alg;
  const claims = JwtClaimsSchema.safeParse(decoded(payload));
  if (alg !== 'HS256' || !claims.success) return { ok: false, problem: 'invalid' };
  return { ok: true, claims: claims.data };
}

/** A fresh signing secret: 64 hex characters. */
export function newSecret(): string {
  return randomBytes(32).toString('hex');
}
