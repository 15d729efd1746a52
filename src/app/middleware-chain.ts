import type { IncomingMessage } from 'node:http';
import { brokenAssumptions, brokenAssumptionsLane } from '../http/broken-assumptions.js';
import { corsForAnyOrigin, corsLane } from '../http/cors.js';
import { drfErrorBodies, drfErrorBodiesLane } from '../http/drf-errors.js';
import { httpFaults, httpFaultsLane } from '../http/fault-injection.js';
import { contractGate, contractGateLane } from '../http/gate.js';
import { journalLane, journalRequests } from '../http/journal-recording.js';
import type { DeclaredMiddleware, LaneRule } from '../http/lane-rule.js';
import { type LogLine, requestLog, requestLogLane } from '../http/request-log.js';
import { trailingSlash, trailingSlashLane } from '../http/trailing-slash.js';
import type { Policies } from '../policy/policies.js';
import { readyReadLane } from '../routes/ready-reads.js';
import type { Runtime } from '../runtime/runtime.js';
import { nodeServerLane } from './plain-request.js';

export interface ChainOptions {
  secret: () => string;
  latencyMs: number;
  strict: boolean;
  log?: LogLine;
  /** Where the docs are silent (src/policy/): each policy read by its one step. */
  policies: Policies;
}

/**
 * Every middleware the app runs before its handlers, in order, each with the lane rule declared
 * beside it. app.ts mounts exactly this list, and the read lane's condition is derived from it,
 * so a middleware added here without a rule does not compile, and one mounted around this list
 * fails src/app/middleware-chain.test.ts.
 */
export function middlewareChain(
  { store, faults, journal, breaks }: Runtime,
  { secret, latencyMs, strict, log, policies }: ChainOptions,
): DeclaredMiddleware[] {
  const logging: DeclaredMiddleware[] = log
    ? [{ name: 'requestLog', handler: requestLog(log), lane: requestLogLane }]
    : [];
  return [
    ...logging,
    { name: 'corsForAnyOrigin', handler: corsForAnyOrigin(), lane: corsLane },
    { name: 'journalRequests', handler: journalRequests(journal), lane: journalLane },
    {
      name: 'httpFaults',
      handler: httpFaults({ latencyMs, faults }),
      lane: httpFaultsLane({ latencyMs, faults }),
    },
    { name: 'trailingSlash', handler: trailingSlash(policies), lane: trailingSlashLane },
    {
      name: 'contractGate',
      handler: contractGate({ secret, users: store.users, strict, forms: policies.forms }),
      lane: contractGateLane({ secret, users: store.users }),
    },
    { name: 'drfErrorBodies', handler: drfErrorBodies(policies), lane: drfErrorBodiesLane },
    {
      name: 'brokenAssumptions',
      handler: brokenAssumptions(breaks),
      lane: brokenAssumptionsLane(breaks),
    },
  ];
}

/**
 * When the lane may answer: the adapter in front of Hono, every middleware, and the handler behind
 * them all pass the request through. The gate's token check is last, as it costs the most.
 */
export function laneCondition(chain: DeclaredMiddleware[]): (request: IncomingMessage) => boolean {
  const rules: LaneRule[] = [nodeServerLane, readyReadLane, ...chain.map((step) => step.lane)];
  return (request) => rules.every((rule) => rule.passes(request));
}
