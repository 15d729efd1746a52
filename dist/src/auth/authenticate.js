import { NOT_AUTHENTICATED_DETAIL, TOKEN_PROBLEMS, WWW_AUTHENTICATE, } from '../../spec/schemas/auth.js';
import { verifyToken } from './jwt.js';
function tokenNotValid(problem) {
    return {
        detail: 'Given token not valid for any token type',
        code: 'token_not_valid',
        messages: [
            { token_class: 'AccessToken', token_type: 'access', message: TOKEN_PROBLEMS[problem] },
        ],
    };
}
/**
 * Resolves the caller from an access token, as SimpleJWT does. A token for a user that no longer
 * exists or is inactive counts as invalid (D25).
 */
export function authenticateToken(token, secret, users) {
    if (!token)
        return { ok: false, body: { detail: NOT_AUTHENTICATED_DETAIL } };
    const check = verifyToken(secret, token, 'access');
    if (!check.ok)
        return { ok: false, body: tokenNotValid(check.problem) };
    const user = users.findUser(check.claims.user_id);
    if (user?.is_active !== 1)
        return { ok: false, body: tokenNotValid('invalid') };
    return { ok: true, user };
}
/** `Authorization: Bearer <token>`, the word exactly; any other scheme is no credentials. */
export function bearerToken(header) {
    const match = /^Bearer +(\S+)\s*$/.exec(header ?? '');
    return match?.[1];
}
export function unauthorized(c, body) {
    c.header('WWW-Authenticate', WWW_AUTHENTICATE);
    return c.json(body, 401);
}
