import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
import type { UserStore } from '../store/users.js';
/**
 * Authentication before method, as DRF does it (production-notes.md): on a protected path an
 * unauthenticated request is 401 whatever the method; an authenticated one on an undeclared
 * method is 405. Paths outside the contract pass through untouched.
 */
export declare function contractGate({ secret, users, }: {
    secret: () => string;
    users: UserStore;
}): MiddlewareHandler<AppEnv>;
