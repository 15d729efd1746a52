import { type ContractRoute, responseSchema, routeById } from '../../spec/routes/index.js';
import { AnyEnvelopeSchema } from '../../spec/schemas/envelope.js';
import { type HttpResult, httpCall } from '../client/http-client.js';
import { noteWrapped } from '../judging/nested.js';
import { extraFields, judgeProblems, judgeShape } from '../judging/shape.js';
import {
  type Check,
  describeResponse,
  fail,
  failRule,
  pass,
  type RunContext,
  skip,
  type Verdict,
} from '../model/types.js';
import { HTTP_CASES, type HttpCase } from './cases.js';
import { bodyForm, ENVELOPE_RULES, judgeEnvelope } from './envelope.js';

export const docRefOf = (route: ContractRoute) => route['x-doc-section'];

/** Runs the case's call once per run; every aspect check reads the same response. */
export function callCase(ctx: RunContext, c: HttpCase): Promise<HttpResult> {
  return ctx.once(`http:${c.id}`, () => httpCall({ ...c.request(ctx), timeoutMs: ctx.timeoutMs }));
}

/** The kinds of schema problem a body check tells apart (conformance/judging/provenance.ts). */
export const SCHEMA_RULES = [
  'schema.missing',
  'schema.null',
  'schema.type',
  'schema.format',
  'schema.value',
  'schema.length',
] as const;

/** Turns a check body that needs a JSON response into a verdict, failing early on no JSON at all. */
function withJson(
  ctx: RunContext,
  c: HttpCase,
  judge: (res: Extract<HttpResult, { ok: true }>, route: ContractRoute) => Verdict,
) {
  return async (): Promise<Verdict> => {
    const reason = c.unavailable?.(ctx);
    if (reason) return skip(reason);
    const res = await callCase(ctx, c);
    if (!res.ok)
      return failRule('json-body', `HTTP ${c.status} with a JSON body`, describeResponse(res));
    if (res.status !== c.status)
      return skip(`status was ${res.status}, not ${c.status}; see the status check`);
    if (res.jsonError !== undefined)
      return failRule('json-body', 'a JSON body', `${describeResponse(res)} (${res.jsonError})`);
    return judge(res, routeById(c.operationId));
  };
}

/** A case whose status the contract gives no body for: the suite's own mistake, never a silent skip. */
const noSchema = (c: HttpCase): Verdict =>
  failRule(
    'contract',
    `a schema for HTTP ${c.status} in the contract`,
    `${c.operationId} documents no JSON body for ${c.status}: the case or the contract is wrong`,
  );

function aspects(c: HttpCase): Check[] {
  const route = routeById(c.operationId);
  const base = { docRef: docRefOf(route), writes: c.writes };
  const form = bodyForm(route, c.status);
  const checks: Check[] = [
    {
      ...base,
      id: `${c.id}:status`,
      title: `${c.title}: status code`,
      severity: 'error',
      rules: ['status'],
      run: async (ctx) => {
        const reason = c.unavailable?.(ctx);
        if (reason) return skip(reason);
        const res = await callCase(ctx, c);
        if (res.ok && res.status === c.status) return pass();
        return fail(`Documented: ${c.status}`, `Received: ${describeResponse(res)}`);
      },
    },
    {
      ...base,
      id: `${c.id}:content-type`,
      title: `${c.title}: JSON content type`,
      severity: 'error',
      rules: ['content-type', 'json-body'],
      run: (ctx) =>
        withJson(ctx, c, (res) =>
          /^application\/json\b/.test(res.headers['content-type'] ?? '')
            ? pass()
            : failRule(
                'content-type',
                'Content-Type: application/json',
                res.headers['content-type'] ?? '(none)',
              ),
        )(),
    },
    {
      ...base,
      id: `${c.id}:envelope`,
      title: `${c.title}: ${form === 'envelope' ? 'envelope consistency' : 'a bare JSON array'}`,
      severity: 'error',
      rules: ENVELOPE_RULES[form === 'array' ? 'array' : 'envelope'],
      run: (ctx) =>
        withJson(ctx, c, (res) =>
          noteWrapped(
            judgeEnvelope(c, form, res),
            (v) => (form === 'array' ? Array.isArray(v) : AnyEnvelopeSchema.safeParse(v).success),
            res.json,
          ),
        )(),
    },
    {
      ...base,
      id: `${c.id}:schema`,
      title: `${c.title}: body matches the contract`,
      severity: 'error',
      rules: [...SCHEMA_RULES, 'json-body'],
      run: (ctx) =>
        withJson(ctx, c, (res, r) => {
          const schema = responseSchema(r, c.status);
          if (!schema) return noSchema(c);
          return noteWrapped(
            judgeShape('every documented field, with its documented type', schema, res.json),
            (v) => schema.safeParse(v).success,
            res.json,
          );
        })(),
    },
    {
      ...base,
      id: `${c.id}:extra-fields`,
      title: `${c.title}: no undocumented fields`,
      severity: 'warning',
      rules: ['extra-fields', 'json-body'],
      run: (ctx) =>
        withJson(ctx, c, (res, r) => {
          const schema = responseSchema(r, c.status);
          if (!schema) return noSchema(c);
          return {
            ...judgeProblems('only documented fields', extraFields(schema, res.json)),
            rule: 'extra-fields',
          };
        })(),
    },
  ];
  if (form === 'other') checks.splice(2, 1);
  if (c.message !== undefined) {
    const message = c.message;
    checks.push({
      ...base,
      id: `${c.id}:message`,
      title: `${c.title}: documented message`,
      severity: 'error',
      rules: ['message', 'json-body'],
      run: (ctx) =>
        withJson(ctx, c, (res) => {
          const actual = (res.json as { message?: unknown } | null)?.message;
          return actual === message
            ? pass()
            : failRule('message', JSON.stringify(message), JSON.stringify(actual), '$.message');
        })(),
    });
  }
  return checks;
}

/** Status, content type, envelope, schema, extra fields and message for every documented case. */
export const HTTP_CHECKS: Check[] = HTTP_CASES.flatMap(aspects);
