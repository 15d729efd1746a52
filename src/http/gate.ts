import type { MiddlewareHandler } from 'hono';
import { methodNotAllowed } from '../../spec/schemas/auth.js';
import { authenticateToken, bearerToken, unauthorized } from '../auth/authenticate.js';
import type { AppEnv } from '../env.js';
import type { UserStore } from '../store/users.js';
import {
  allowedMethods,
  type ContractPath,
  canonicalPath,
  findContractPath,
  findOperation,
} from './route-table.js';

/**
 * Authentication before method, as DRF does it (production-notes.md): on a protected path an
 * unauthenticated request is 401 whatever the method; an authenticated one on an undeclared
 * method is 405. Paths outside the contract pass through untouched.
 */
export function contractGate({
  secret,
  users,
}: {
  secret: () => string;
  users: UserStore;
}): MiddlewareHandler<AppEnv> {
  return async function contractGate(c, next) {
    const entry = findContractPath(canonicalPath(c.req.path));
    if (!entry) return next();
    // DRF's APIView sends Allow on every response, 401 and 405 included (D72).
    c.header('Allow', allowedMethods(entry));
    if (entry.isProtected) {
      const auth = authenticateToken(bearerToken(c.req.header('authorization')), secret(), users);
      if (!auth.ok) return unauthorized(c, auth.body);
      c.set('user', auth.user);
    }
    // CORS preflights never get here (cors.ts answers them); a plain OPTIONS is DRF's metadata.
    if (c.req.method === 'OPTIONS') return c.json(optionsMetadata(entry), 200);
    if (!findOperation(entry, c.req.method)) {
      return c.json(methodNotAllowed(c.req.method), 405);
    }
    return next();
  };
}

/** What DRF's SimpleMetadata answers a plain OPTIONS with: the view's name and media types. */
function optionsMetadata(entry: ContractPath) {
  const [first] = entry.operations.values();
  return {
    name: first?.summary ?? entry.path,
    description: (first as { description?: string } | undefined)?.description ?? '',
    renders: ['application/json'],
    parses: ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'],
  };
}
