import generation from '../../fixtures/generation.json' with { type: 'json' };
import { mockUsers } from '../../spec/routes/mock.js';
import { success } from '../../spec/schemas/envelope.js';
import { createRouter } from '../routes/mount.js';
import { toBriefUser } from '../store/users.js';
/** `GET /__mock/users`: everyone who can log in, with the seed password. */
export function userControls({ store }) {
    const mock = createRouter();
    mock.openapi(mockUsers, (c) => {
        const people = store.users.listUsers().map((user) => ({
            ...toBriefUser(user),
            is_active: user.is_active === 1,
            password: generation.password,
        }));
        return c.json(success(people), 200);
    });
    return mock;
}
