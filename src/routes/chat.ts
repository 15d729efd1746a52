import { getMessages, getUserThreads, INVALID_RECIPIENT } from '../../spec/routes/chat.js';
import { parseUuid } from '../../spec/schemas/primitives.js';
import { failureResponse } from '../http/errors.js';
import { jsonBody } from '../http/json-body.js';
import type { Store } from '../store/index.js';
import { type Router, withoutParamValidation } from './mount.js';

/** Chat history and threads: the store's ready bytes, dropped by every message stored. */
export function registerChatRoutes(app: Router, store: Store) {
  app.openapi(withoutParamValidation(getMessages), (c) => {
    const uid = c.req.param('uid') ?? '';
    // Either case, as Django's UUIDField reads it (D73); anything else is no recipient (D1).
    const otherId = parseUuid(uid);
    const other = otherId ? store.users.findUser(otherId) : undefined;
    if (!other) return failureResponse(c, INVALID_RECIPIENT, 404);
    return jsonBody(c, store.chat.conversationBody(c.get('user').id, other.id));
  });

  app.openapi(getUserThreads, (c) => jsonBody(c, store.chat.threadsBody(c.get('user').id)));
}
