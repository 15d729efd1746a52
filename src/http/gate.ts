import type { Context, MiddlewareHandler } from 'hono';
import { methodNotAllowed } from '../../spec/schemas/auth.js';
import { authenticateToken, bearerToken, unauthorized } from '../auth/authenticate.js';
import type { Policies } from '../policy/policies.js';
import {
  allowedMethods,
  type ContractPath,
  findContractPath,
  findOperation,
} from '../routing/route-table.js';
import type { UserStore } from '../store/users.js';
import { DEVIATIONS, noteDeviation, routeDeviation } from './deviation.js';
import type { AppEnv } from './hono-env.js';
import { hasNoBody, type LaneRule, soleAuthorization } from './lane-rule.js';

const FORM_TYPES = /^\s*(application\/x-www-form-urlencoded|multipart\/form-data)/i;

/** A request carrying a form body: the docs document JSON bodies only (D63). */
function sendsForm(c: Context<AppEnv>): boolean {
  const hasBody =
    Number(c.req.header('content-length') ?? 0) > 0 ||
    c.req.header('transfer-encoding') !== undefined;
  // Stryker disable next-line StringLiteral: any stand-in for a missing type is no form type either
  return hasBody && FORM_TYPES.test(c.req.header('content-type') ?? '');
}

/**
 * Authentication before method, as DRF does it (production-notes.md): on a protected path an
 * unauthenticated request is 401 whatever the method; an authenticated one on an undeclared
 * method is 405. An operation the stand-in adds beyond the docs is served loudly
 * (`X-Standin-Deviation`), or, `strict`, refused like any undeclared method. A form body is read
 * as DRF's default parsers read it, named as an extension unless the policy is DRF's own (D124).
 * Paths outside the contract pass through untouched.
 */
export function contractGate({
  secret,
  users,
  strict = false,
  forms = 'loud',
}: {
  secret: () => string;
  users: UserStore;
  strict?: boolean;
  forms?: Policies['forms'];
}): MiddlewareHandler<AppEnv> {
  return async function contractGate(c, next) {
    const entry = findContractPath(c.req.path);
    if (!entry) return next();
    // DRF's APIView sends Allow on every response, 401 and 405 included (D72).
    c.header('Allow', allowedMethods(entry, strict));
    if (entry.isProtected) {
      const auth = authenticateToken(bearerToken(c.req.header('authorization')), secret(), users);
      if (!auth.ok) return unauthorized(c, auth.body);
      c.set('user', auth.user);
    }
    // CORS preflights never get here (cors.ts answers them); a plain OPTIONS is DRF's metadata.
    if (c.req.method === 'OPTIONS') return c.json(optionsMetadata(entry), 200);
    const operation = findOperation(entry, c.req.method);
    const deviation = operation && routeDeviation(operation);
    if (!operation || (strict && deviation)) {
      return c.json(methodNotAllowed(c.req.method), 405);
    }
    // Stryker disable next-line ConditionalExpression: noting `undefined` notes nothing (Hono drops a header set to undefined)
    if (deviation) noteDeviation(c, deviation);
    if (forms === 'loud' && sendsForm(c)) noteDeviation(c, DEVIATIONS.formBody);
    return next();
  };
}

/** What DRF's SimpleMetadata answers a plain OPTIONS with: the view's name and media types. */
function optionsMetadata(entry: ContractPath) {
  const [first] = entry.operations.values();
  return {
    // Stryker disable next-line OptionalChaining,LogicalOperator: every contract path has an operation, and every operation a summary
    name: first?.summary ?? entry.path,
    // Stryker disable next-line OptionalChaining: every contract path has an operation
    description: (first as { description?: string } | undefined)?.description ?? '',
    renders: ['application/json'],
    parses: ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'],
  };
}

/**
 * The gate lets a request through unchanged when its one Authorization header authenticates and it
 * has no body to refuse (D63); the method is the lane's own match (only a read's method is taken).
 */
export function contractGateLane({
  secret,
  users,
}: {
  secret: () => string;
  users: UserStore;
}): LaneRule {
  return {
    passes: (request) =>
      hasNoBody(request) &&
      authenticateToken(bearerToken(soleAuthorization(request.rawHeaders)), secret(), users).ok,
    reproduces: 'the Allow header, by allowedMethods()',
  };
}
