import { getMessages, getUserThreads, INVALID_RECIPIENT } from '../../spec/routes/chat.js';
import { failureResponse } from '../http/errors.js';
import { jsonBody } from '../http/json-body.js';
import type { Store } from '../store/index.js';
import { type Router, withoutParamValidation } from './mount.js';
import { conversationRead, threadsRead } from './ready-reads.js';

/** Chat history and threads: the store's ready bytes, dropped by every message stored. */
export function registerChatRoutes(app: Router, store: Store) {
  app.openapi(withoutParamValidation(getMessages), (c) => {
    const body = conversationRead.body(store, c.get('user'), c.req.param('uid'));
    return body ? jsonBody(c, body) : failureResponse(c, INVALID_RECIPIENT, 404);
  });

  app.openapi(getUserThreads, (c) => jsonBody(c, threadsRead.body(store, c.get('user'))));
}
