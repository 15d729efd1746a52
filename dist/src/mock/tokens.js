import { Hono } from 'hono';
import { z } from 'zod';
import { success } from '../../spec/schemas/envelope.js';
import { loginEntity } from '../auth/login-entity.js';
import { readValidBody } from '../http/body.js';
import { failureResponse } from '../http/errors.js';
const TokenRequestSchema = z.union([
    z.object({ user_id: z.uuid() }),
    z.object({ email: z.string().min(1) }),
]);
/** `POST /__mock/token`: a login's tokens for anyone, without their password. */
export function tokenControls({ store, secret }) {
    const mock = new Hono();
    mock.post('/__mock/token', async (c) => {
        const body = await readValidBody(c, TokenRequestSchema);
        if (!body.ok)
            return failureResponse(c, `${body.message} (send {"user_id": ...} or {"email": ...})`);
        const user = 'user_id' in body.value
            ? store.users.findUser(body.value.user_id)
            : store.users.findUserByEmail(body.value.email);
        if (!user)
            return failureResponse(c, 'User does not exist', 404);
        return c.json(success(loginEntity(secret(), user)));
    });
    return mock;
}
