import type { MiddlewareHandler } from 'hono';
import { failure } from '../../spec/schemas/envelope.js';
import type { AppEnv } from '../http/hono-env.js';
import type { FaultSet } from '../state/fault-rules.js';

/**
 * Refuses an authenticated handshake when a `refuse_handshake` fault is set for the user (D53):
 * 403 as for a bad token, or 503 as from a server that is restarting. Runs after the token check,
 * so the fault can name a user.
 */
export function handshakeFaults(faults: FaultSet): MiddlewareHandler<AppEnv> {
  return async function handshakeFaults(c, next) {
    const status = faults.takeHandshakeRefusal(c.get('user').id);
    if (status === undefined) return next();
    return c.json(failure('Handshake refused by a stand-in fault'), status);
  };
}
