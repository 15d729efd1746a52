import { responseSchema, routeById } from '../../../spec/routes/index.js';
import { noteWrapped } from '../../judging/nested.js';
import { judgeShape } from '../../judging/shape.js';
import { failRule, type Verdict } from '../../model/types.js';
import type { HttpCase } from '../cases.js';
import { overItems } from '../items.js';
import { type HttpAspect, withJsonBody } from './aspect.js';

/** The kinds of schema problem a body check tells apart (conformance/judging/provenance.ts). */
export const SCHEMA_RULES = [
  'schema.missing',
  'schema.null',
  'schema.type',
  'schema.format',
  'schema.value',
  'schema.length',
] as const;

/**
 * A case whose status the contract gives no body for: the suite's own mistake, never a silent
 * skip (so the aspects that need the schema apply to every case, and fail with this).
 */
export function noSchema(c: HttpCase): Verdict {
  return failRule(
    'contract',
    `a schema for HTTP ${c.status} in the contract`,
    `${c.operationId} documents no JSON body for ${c.status}: the case or the contract is wrong`,
  );
}

/** Every documented field, with its documented type. */
export const schemaAspect: HttpAspect = {
  name: 'schema',
  severity: 'error',
  title: () => 'body matches the contract',
  rules: () => [...SCHEMA_RULES, 'json-body'],
  appliesTo: () => true,
  judge: (ctx, c, res) =>
    withJsonBody(c, res, ({ json }) => {
      const schema = responseSchema(routeById(c.operationId), c.status);
      if (!schema) return noSchema(c);
      const verdict = noteWrapped(
        judgeShape('every documented field, with its documented type', schema, json),
        (v) => schema.safeParse(v).success,
        json,
      );
      return overItems(ctx, c, json, verdict);
    }),
};
