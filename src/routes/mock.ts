import { Hono } from 'hono';
import { z } from 'zod';
import generation from '../../fixtures/generation.json' with { type: 'json' };
import { success } from '../../spec/schemas/envelope.js';
import { loginEntity } from '../auth/login-entity.js';
import type { AppEnv } from '../env.js';
import { readValidBody } from '../http/body.js';
import { failureResponse } from '../http/errors.js';
import type { Store } from '../store/index.js';
import { toBriefUser } from '../store/users.js';

const TokenRequestSchema = z.union([
  z.object({ user_id: z.uuid() }),
  z.object({ email: z.string().min(1) }),
]);

/**
 * Stand-in controls under `/__mock/`, outside the contract: reset the data, list who can log in,
 * mint a token for anyone. Answers use the same envelope as the API.
 */
export function mockRoutes({
  store,
  secret,
  reset,
}: {
  store: Store;
  secret: () => string;
  reset: () => void;
}) {
  const mock = new Hono<AppEnv>();

  mock.post('/__mock/reset', async (c) => {
    await reset();
    return c.json(success(null, 'Data reset to the seed'));
  });

  mock.get('/__mock/users', (c) => {
    const people = store.users.listUsers().map((user) => ({
      ...toBriefUser(user),
      is_active: user.is_active === 1,
      password: generation.password,
    }));
    return c.json(success(people));
  });

  mock.post('/__mock/token', async (c) => {
    const body = await readValidBody(c, TokenRequestSchema);
    if (!body.ok)
      return failureResponse(c, `${body.message} (send {"user_id": ...} or {"email": ...})`);
    const user =
      'user_id' in body.value
        ? store.users.findUser(body.value.user_id)
        : store.users.findUserByEmail(body.value.email);
    if (!user) return failureResponse(c, 'User does not exist', 404);
    return c.json(success(loginEntity(secret(), user)));
  });

  return mock;
}
