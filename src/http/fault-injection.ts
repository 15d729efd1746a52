import type { Context, MiddlewareHandler } from 'hono';
import type { HttpFaultEffect } from '../../spec/schemas/mock.js';
import { findContractPath, findOperation, isOwnPath } from '../routing/route-table.js';
import type { FaultSet } from '../state/fault-rules.js';
import { failureResponse } from './errors.js';
import { forcedStatus, networkFault } from './forced-response.js';
import type { AppEnv } from './hono-env.js';
import type { LaneRule } from './lane-rule.js';
import { IGNORED_PREFER_HEADER, type Preferences, parsePrefer } from './prefer.js';

const describeEffect = (effect: HttpFaultEffect) =>
  'fault' in effect ? `fault=${effect.fault}` : `code=${effect.status}`;

/** The forced answer `Prefer` asks for, or an error message when it cannot be given. */
function preferredEffect(prefer: Preferences): HttpFaultEffect | string | undefined {
  if (prefer.fault) return { fault: prefer.fault };
  if (prefer.code === undefined || prefer.code === 200) return undefined;
  if (prefer.code < 400)
    return `Prefer: code=${prefer.code} cannot be forced: only 200 and 4xx/5xx codes can`;
  return { status: prefer.code };
}

function isOperation(c: Context<AppEnv>): boolean {
  const entry = findContractPath(c.req.path);
  return entry !== undefined && findOperation(entry, c.req.method) !== undefined;
}

/**
 * The one seam where HTTP faults apply (D50, D51, D53): latency (`--latency`, `Prefer: delay=`),
 * then a forced status or network fault from `Prefer: code=`/`fault=`, else from a fault set with
 * `POST /__mock/faults`. Forced answers stand in for the API's operations only; elsewhere they are
 * reported, not applied. What was applied is named in `Preference-Applied` (RFC 7240); what was
 * not, and why, in `X-Standin-Ignored-Prefer`. WebSocket handshakes pass untouched.
 */
export function httpFaults({
  latencyMs,
  faults,
}: {
  latencyMs: number;
  faults: FaultSet;
}): MiddlewareHandler<AppEnv> {
  return async function httpFaults(c, next) {
    if (c.req.header('upgrade')) return next();
    const prefer = parsePrefer(c.req.header('prefer'));
    if (prefer.error) return failureResponse(c, prefer.error, 400);
    const applied: string[] = [];

    const delay = prefer.delay ?? latencyMs;
    if (delay > 0 && !isOwnPath(c.req.path)) {
      if (prefer.delay !== undefined) applied.push(`delay=${delay}`);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }

    let effect = preferredEffect(prefer);
    if (typeof effect === 'string') return failureResponse(c, effect, 400);
    const operation = isOperation(c);
    if (effect && !operation) {
      prefer.ignored.push(`${describeEffect(effect)} (not an operation of the API)`);
      effect = undefined;
    } else if (effect) applied.push(describeEffect(effect));
    else if (prefer.code === 200) applied.push('code=200');
    if (!effect && operation) effect = faults.takeHttp(c.req.method, c.req.path);

    if (applied.length) c.header('Preference-Applied', applied.join(', '));
    if (prefer.ignored.length) c.header(IGNORED_PREFER_HEADER, prefer.ignored.join(', '));
    if (!effect) return next();
    if ('fault' in effect) {
      c.set('fault', effect.fault);
      return networkFault(c, effect.fault);
    }
    return forcedStatus(c, effect.status);
  };
}

/** Nothing to inject: no latency, no HTTP fault set, and no `Prefer` asking for one. */
export function httpFaultsLane({
  latencyMs,
  faults,
}: {
  latencyMs: number;
  faults: FaultSet;
}): LaneRule {
  return {
    passes: (request) =>
      latencyMs === 0 && !faults.hasHttpFaults && request.headers.prefer === undefined,
  };
}
