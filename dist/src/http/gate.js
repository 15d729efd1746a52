import { methodNotAllowed } from '../../spec/schemas/auth.js';
import { authenticateToken, bearerToken, unauthorized } from '../auth/authenticate.js';
import { canonicalPath, findContractPath, findOperation } from './route-table.js';
/**
 * Authentication before method, as DRF does it (production-notes.md): on a protected path an
 * unauthenticated request is 401 whatever the method; an authenticated one on an undeclared
 * method is 405. Paths outside the contract pass through untouched.
 */
export function contractGate({ secret, users, }) {
    return async function contractGate(c, next) {
        const entry = findContractPath(canonicalPath(c.req.path));
        if (!entry || c.req.method === 'OPTIONS')
            return next();
        if (entry.isProtected) {
            const auth = authenticateToken(bearerToken(c.req.header('authorization')), secret(), users);
            if (!auth.ok)
                return unauthorized(c, auth.body);
            c.set('user', auth.user);
        }
        if (!findOperation(entry, c.req.method)) {
            return c.json(methodNotAllowed(c.req.method), 405);
        }
        return next();
    };
}
