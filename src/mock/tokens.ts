import { mockToken } from '../../spec/routes/mock.js';
import { TOKEN_LIFETIME_SECONDS } from '../../spec/schemas/auth.js';
import { success } from '../../spec/schemas/envelope.js';
import { MockTokenRequestSchema } from '../../spec/schemas/mock.js';
import { loginEntity } from '../auth/login-entity.js';
import { readValidBody } from '../http/body.js';
import { failureResponse } from '../http/errors.js';
import { createRouter, withoutBody } from '../routes/mount.js';
import type { MockContext } from './context.js';

const isoSeconds = (seconds: number) => new Date(seconds * 1000).toISOString();

/**
 * `POST /__mock/token`: a login's tokens for anyone, active or not, without their password.
 * `lifetime_seconds` sets how long the `token_type` one lives (negative: already expired); the
 * other keeps production's lifetime, so one call sets up "access expired, refresh still good" (D61).
 */
export function tokenControls({ store, secret }: MockContext) {
  const mock = createRouter();
  mock.openapi(withoutBody(mockToken), async (c) => {
    const body = await readValidBody(c, MockTokenRequestSchema);
    if (!body.ok)
      return failureResponse(
        c,
        `${body.message} (send {"user_id": ...} or {"email": ...}, optionally "token_type" and "lifetime_seconds")`,
        400,
      );
    const { token_type: tokenType, lifetime_seconds: lifetime } = body.value;
    const user =
      'user_id' in body.value
        ? store.users.findUser(body.value.user_id)
        : store.users.findUserByEmail(body.value.email);
    if (!user) return failureResponse(c, 'User does not exist', 404);
    const now = Math.floor(Date.now() / 1000);
    const lifetimes = {
      ...TOKEN_LIFETIME_SECONDS,
      [tokenType]: lifetime ?? TOKEN_LIFETIME_SECONDS[tokenType],
    };
    const minted = {
      ...loginEntity(secret(), user, lifetimes, now),
      token_expires_at: isoSeconds(now + lifetimes.access),
      refresh_token_expires_at: isoSeconds(now + lifetimes.refresh),
    };
    return c.json(success(minted), 200);
  });
  return mock;
}
