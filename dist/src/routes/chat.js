import { getMessages, getUserThreads, INVALID_RECIPIENT, MESSAGES_RETRIEVED, } from '../../spec/routes/chat.js';
import { success } from '../../spec/schemas/envelope.js';
import { UuidSchema } from '../../spec/schemas/primitives.js';
import { failureResponse } from '../http/errors.js';
/** Chat history and threads, live from the database. */
export function registerChatRoutes(app, store) {
    app.openapi(getMessages, (c) => {
        const { uid } = c.req.valid('param');
        const other = UuidSchema.safeParse(uid).success ? store.users.findUser(uid) : undefined;
        if (!other)
            return failureResponse(c, INVALID_RECIPIENT, 404);
        const messages = store.chat.findConversation(c.get('user').id, other.id);
        return c.json(success({ messages }, MESSAGES_RETRIEVED), 200);
    });
    app.openapi(getUserThreads, (c) => {
        const threads = store.chat.listThreads(c.get('user').id);
        return c.json(success(threads), 200);
    });
}
