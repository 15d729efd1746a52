import { currentUser } from '../../spec/routes/auth.js';
import { listUsers } from '../../spec/routes/users.js';
import { success } from '../../spec/schemas/envelope.js';
import { jsonBody } from '../http/json-body.js';
import type { Store } from '../store/index.js';
import { toUserSummary } from '../store/users.js';
import type { Router } from './mount.js';
import { usersListRead } from './ready-reads.js';

export function registerUserRoutes(app: Router, store: Store) {
  app.openapi(listUsers, (c) => jsonBody(c, usersListRead.body(store)));

  app.openapi(currentUser, (c) => c.json(success(toUserSummary(c.get('user'))), 200));
}
