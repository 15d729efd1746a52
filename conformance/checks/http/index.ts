import { type ContractRoute, routeById } from '../../../spec/routes/index.js';
import { type HttpResult, httpCall } from '../../client/http-client.js';
import { type Check, type RunContext, skip } from '../../model/types.js';
import { HTTP_CASES, type HttpCase } from '../cases.js';
import type { HttpAspect } from './aspect.js';
import { contentTypeAspect } from './content-type.js';
import { envelopeAspect } from './envelope.js';
import { extraFieldsAspect } from './extra-fields.js';
import { messageAspect } from './message.js';
import { schemaAspect } from './schema.js';
import { statusAspect } from './status.js';

/** Every aspect of a documented answer, in the order a case's checks run. */
export const HTTP_ASPECTS: readonly HttpAspect[] = [
  statusAspect,
  contentTypeAspect,
  envelopeAspect,
  schemaAspect,
  extraFieldsAspect,
  messageAspect,
];

/** Runs the case's call once per run; every aspect check reads the same response. */
export function callCase(ctx: RunContext, c: HttpCase): Promise<HttpResult> {
  return ctx.once(`http:${c.id}`, () => httpCall({ ...c.request(ctx), timeoutMs: ctx.timeoutMs }));
}

/** The aspects that apply to a case, in registry order. */
export function aspectsOf(c: HttpCase, route: ContractRoute = routeById(c.operationId)) {
  return HTTP_ASPECTS.filter((aspect) => aspect.appliesTo(c, route) === true);
}

/** One aspect of one case as a check: skipped when the context cannot make the case's call. */
function aspectCheck(c: HttpCase, route: ContractRoute, aspect: HttpAspect): Check {
  return {
    docRef: route['x-doc-section'],
    writes: c.writes,
    needs: c.needs,
    id: `${c.id}:${aspect.name}`,
    title: `${c.title}: ${aspect.title(c, route)}`,
    severity: aspect.severity,
    rules: aspect.rules(c, route),
    run: async (ctx) => {
      const reason = c.unavailable?.(ctx);
      if (reason) return skip(reason);
      return aspect.judge(ctx, c, await callCase(ctx, c));
    },
  };
}

/** Status, content type, envelope, schema, extra fields and message for every documented case. */
export const HTTP_CHECKS: Check[] = HTTP_CASES.flatMap((c) => {
  const route = routeById(c.operationId);
  return aspectsOf(c, route).map((aspect) => aspectCheck(c, route, aspect));
});
