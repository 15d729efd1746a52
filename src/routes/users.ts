import { currentUser } from '../../spec/routes/auth.js';
import { listUsers } from '../../spec/routes/users.js';
import type { Store } from '../store/index.js';
import { toFullUser, toUserSummary } from '../store/users.js';
import type { Router } from './mount.js';

export function registerUserRoutes(app: Router, store: Store) {
  app.openapi(listUsers, (c) => {
    const users = store.users.listUsers().map(toFullUser);
    return c.json({ status: 'success', entity: users, message: null, success: true } as const, 200);
  });

  app.openapi(currentUser, (c) =>
    c.json(
      {
        status: 'success',
        entity: toUserSummary(c.get('user')),
        message: null,
        success: true,
      } as const,
      200,
    ),
  );
}
