import { currentUser } from '../../spec/routes/auth.js';
import { listUsers } from '../../spec/routes/users.js';
import { success } from '../../spec/schemas/envelope.js';
import { toFullUser, toUserSummary } from '../store/users.js';
export function registerUserRoutes(app, store) {
    app.openapi(listUsers, (c) => {
        const users = store.users.listUsers().map(toFullUser);
        return c.json(success(users), 200);
    });
    app.openapi(currentUser, (c) => c.json(success(toUserSummary(c.get('user'))), 200));
}
