import {
  getMessages,
  getUserThreads,
  INVALID_RECIPIENT,
  MESSAGES_RETRIEVED,
} from '../../spec/routes/chat.js';
import { success } from '../../spec/schemas/envelope.js';
import { parseUuid } from '../../spec/schemas/primitives.js';
import { failureResponse } from '../http/errors.js';
import type { Store } from '../store/index.js';
import type { Router } from './mount.js';

/** Chat history and threads, live from the database. */
export function registerChatRoutes(app: Router, store: Store) {
  app.openapi(getMessages, (c) => {
    const { uid } = c.req.valid('param');
    // Either case, as Django's UUIDField reads it (D73); anything else is no recipient (D1).
    const otherId = parseUuid(uid);
    const other = otherId ? store.users.findUser(otherId) : undefined;
    if (!other) return failureResponse(c, INVALID_RECIPIENT, 404);
    const messages = store.chat.findConversation(c.get('user').id, other.id);
    return c.json(success({ messages }, MESSAGES_RETRIEVED), 200);
  });

  app.openapi(getUserThreads, (c) => {
    const threads = store.chat.listThreads(c.get('user').id);
    return c.json(success(threads), 200);
  });
}
