import type { IncomingMessage } from 'node:http';
import type { UserRow } from './store/users.js';
/** Hono's environment for the whole app: the node request (for GET bodies) and the caller. */
export type AppEnv = {
    Bindings: {
        incoming?: IncomingMessage;
    };
    Variables: {
        user: UserRow;
    };
};
