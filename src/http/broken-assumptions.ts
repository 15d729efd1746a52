import type { z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { ContractRoute } from '../../spec/routes/index.js';
import { type AssumedSite, assumedSites, breakAssumptions } from '../policy/assumption-breaker.js';
import { findContractPath, findOperation } from '../routing/route-table.js';
import type { AssumptionBreaks } from '../state/assumption-breaks.js';
import { noteDeviation } from './deviation.js';
import type { AppEnv } from './hono-env.js';
import type { LaneRule } from './lane-rule.js';

/** The prefix of `X-Standin-Deviation` on a response whose data breaks assumptions (D126). */
export const BROKEN_ASSUMPTIONS_DEVIATION = 'D126; broken assumptions:';

type Responses = Record<string, { content?: Record<string, { schema?: z.ZodType }> }>;

const sitesByOperation = new Map<string, AssumedSite[]>();

/** The assumed sites of an operation's 200 body, read once from the contract's schema. */
function sitesOf(operation: ContractRoute): AssumedSite[] {
  const known = sitesByOperation.get(operation.operationId);
  if (known) return known;
  const schema = (operation.responses as Responses)[200]?.content?.['application/json']?.schema;
  const sites = schema ? assumedSites(schema) : [];
  sitesByOperation.set(operation.operationId, sites);
  return sites;
}

/**
 * The one seam where the contract's assumptions are broken on purpose (D126): with breaks on, a
 * 200 JSON answer of an API operation gets, for a share of its records fixed by `--seed`, a value
 * that breaks only an assumed rule (`x-assumed`): null where null was never shown, a value
 * outside an assumed-closed list, a string past an assumed length. `X-Standin-Deviation` names
 * every assumption broken, so the journal and the request log do too.
 */
export function brokenAssumptions(breaks: AssumptionBreaks): MiddlewareHandler<AppEnv> {
  return async function brokenAssumptions(c, next) {
    await next();
    if (!breaks.broken || c.res.status !== 200) return;
    const entry = findContractPath(c.req.path);
    const operation = entry && findOperation(entry, c.req.method);
    if (!operation || !c.res.headers.get('content-type')?.startsWith('application/json')) return;
    const sites = sitesOf(operation);
    if (sites.length === 0) return;
    const json: unknown = await c.res.clone().json();
    const broken = breakAssumptions(json, sites, {
      seed: breaks.seed,
      rate: breaks.rate,
      salt: operation.operationId,
    });
    if (broken.count === 0) return;
    const headers = new Headers(c.res.headers);
    headers.delete('content-length');
    c.res = new Response(JSON.stringify(json), { status: 200, headers });
    noteDeviation(c, `${BROKEN_ASSUMPTIONS_DEVIATION} ${broken.names.join('; ')}`);
  };
}

/** The lane writes the store's bytes as they are, so it stands aside while assumptions break. */
export function brokenAssumptionsLane(breaks: AssumptionBreaks): LaneRule {
  return { passes: () => !breaks.broken };
}
