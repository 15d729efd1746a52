import { mockToken } from '../../spec/routes/mock.js';
import { success } from '../../spec/schemas/envelope.js';
import { MockTokenRequestSchema } from '../../spec/schemas/mock.js';
import { loginEntity } from '../auth/login-entity.js';
import { readValidBody } from '../http/body.js';
import { failureResponse } from '../http/errors.js';
import { createRouter, withoutBody } from '../routes/mount.js';
/** `POST /__mock/token`: a login's tokens for anyone, without their password. */
export function tokenControls({ store, secret }) {
    const mock = createRouter();
    mock.openapi(withoutBody(mockToken), async (c) => {
        const body = await readValidBody(c, MockTokenRequestSchema);
        if (!body.ok)
            return failureResponse(c, `${body.message} (send {"user_id": ...} or {"email": ...})`, 400);
        const user = 'user_id' in body.value
            ? store.users.findUser(body.value.user_id)
            : store.users.findUserByEmail(body.value.email);
        if (!user)
            return failureResponse(c, 'User does not exist', 404);
        return c.json(success(loginEntity(secret(), user)), 200);
    });
    return mock;
}
