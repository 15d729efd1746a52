import type { Context } from 'hono';
import {
  NOT_AUTHENTICATED_DETAIL,
  type NotAuthenticated,
  TOKEN_PROBLEMS,
  type TokenNotValid,
  type UserRejected,
  userRejected,
  WWW_AUTHENTICATE,
} from '../../spec/schemas/auth.js';
import type { UserRow, UserStore } from '../store/users.js';
import { type TokenProblem, verifyToken } from './jwt.js';

export type Authentication = { ok: true; user: UserRow } | { ok: false; body: Refusal };

/** Every 401 body a protected route can answer. */
export type Refusal = NotAuthenticated | TokenNotValid | UserRejected;

function tokenNotValid(problem: TokenProblem): TokenNotValid {
  return {
    detail: 'Given token not valid for any token type',
    code: 'token_not_valid',
    messages: [
      { token_class: 'AccessToken', token_type: 'access', message: TOKEN_PROBLEMS[problem] },
    ],
  };
}

/**
 * Resolves the caller from an access token, as SimpleJWT does: a valid token for a user who is gone
 * or inactive answers SimpleJWT's `user_not_found` / `user_inactive` (D25).
 */
export function authenticateToken(
  token: string | undefined,
  secret: string,
  users: UserStore,
): Authentication {
  if (!token) return { ok: false, body: { detail: NOT_AUTHENTICATED_DETAIL } };
  const check = verifyToken(secret, token, 'access');
  if (!check.ok) return { ok: false, body: tokenNotValid(check.problem) };
  const user = users.findUser(check.claims.user_id);
  if (!user) return { ok: false, body: userRejected('user_not_found') };
  if (user.is_active !== 1) return { ok: false, body: userRejected('user_inactive') };
  return { ok: true, user };
}

/** `Authorization: Bearer <token>`, the word exactly; any other scheme is no credentials. */
export function bearerToken(header: string | undefined): string | undefined {
  // Stryker disable next-line StringLiteral: any stand-in for a missing header that does not start with "Bearer " reads the same
  const match = /^Bearer +(\S+)\s*$/.exec(header ?? '');
  return match?.[1];
}

export function unauthorized(c: Context, body: Refusal) {
  c.header('WWW-Authenticate', WWW_AUTHENTICATE);
  return c.json(body, 401);
}
