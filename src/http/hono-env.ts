import type { IncomingMessage } from 'node:http';
import type { NetworkFault } from '../../spec/schemas/mock.js';
import type { UserRow } from '../store/users.js';
import type { BodyProblem } from './drf-errors.js';

/**
 * Hono's environment for the whole app: the node request (for GET bodies and network faults), the
 * caller, and what the journal records beside the exchange: the network fault that answered
 * instead of a response, and the decision a lenient answer relied on (set with `c.set('deviation',
 * 'D7; …')`, read by the journal middleware).
 */
export type AppEnv = {
  Bindings: {
    incoming?: IncomingMessage;
    /** In process there is no connection to break: the caller is told instead (D156). */
    onLostConnection?: (fault: Exclude<NetworkFault, 'malformed'>) => void;
  };
  Variables: {
    user: UserRow;
    fault?: NetworkFault;
    deviation?: string;
    rawBody?: Buffer;
    /** Why a body was refused, for DRF's error bodies (src/http/drf-errors.ts, D122). */
    bodyProblem?: BodyProblem;
  };
};
