import type { z } from 'zod';
import type { LoginEntitySchema } from '../../spec/schemas/auth.js';
import { TOKEN_LIFETIME_SECONDS, type TokenType } from '../../spec/schemas/auth.js';
import { toBriefUser, type UserRow } from '../store/users.js';
import { issueToken } from './jwt.js';

/** Seconds each token lives; production's unless a test control asks otherwise. */
export type Lifetimes = Record<TokenType, number>;

/** The login answer's entity: the user and a fresh access and refresh token for them. */
export function loginEntity(
  secret: string,
  user: UserRow,
  lifetimes: Lifetimes = TOKEN_LIFETIME_SECONDS,
  nowSeconds = Math.floor(Date.now() / 1000),
): z.infer<typeof LoginEntitySchema> {
  return {
    user: toBriefUser(user),
    token: issueToken(secret, user.id, 'access', nowSeconds, lifetimes.access),
    refresh_token: issueToken(secret, user.id, 'refresh', nowSeconds, lifetimes.refresh),
  };
}
