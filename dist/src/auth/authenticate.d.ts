import type { Context } from 'hono';
import { type NotAuthenticated, type TokenNotValid } from '../../spec/schemas/auth.js';
import type { UserRow, UserStore } from '../store/users.js';
export type Authentication = {
    ok: true;
    user: UserRow;
} | {
    ok: false;
    body: NotAuthenticated | TokenNotValid;
};
/**
 * Resolves the caller from an access token, as SimpleJWT does. A token for a user that no longer
 * exists or is inactive counts as invalid (D25).
 */
export declare function authenticateToken(token: string | undefined, secret: string, users: UserStore): Authentication;
/** `Authorization: Bearer <token>`, the word exactly; any other scheme is no credentials. */
export declare function bearerToken(header: string | undefined): string | undefined;
export declare function unauthorized(c: Context, body: NotAuthenticated | TokenNotValid): Response & import("hono").TypedResponse<{
    detail: "Authentication credentials were not provided.";
} | {
    detail: "Given token not valid for any token type";
    code: "token_not_valid";
    messages: {
        token_class: "AccessToken";
        token_type: "access";
        message: "Token is invalid or expired" | "Token has wrong type";
    }[];
}, 401, "json">;
