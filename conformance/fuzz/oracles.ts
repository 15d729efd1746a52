import type { ZodType } from 'zod';
import { responseSchema } from '../../spec/routes/index.js';
import type { HttpResult } from '../client/http-client.js';
import { bodyShapeOf } from '../judging/body-shape.js';
import { judgeShape, shapeErrors } from '../judging/shape.js';
import { describeResponse, pass, type Severity, type Verdict } from '../model/types.js';
import { ACCEPTED_KINDS, type HttpFuzzCase } from './http-cases.js';
import type { FuzzOperation } from './operations.js';

/** What an oracle judges: the operation, the generated case and what came back. */
export interface HttpExchangeFacts {
  op: FuzzOperation;
  c: HttpFuzzCase;
  res: HttpResult;
}

/**
 * One named property every response must have, Schemathesis's checks as the model: the name is the
 * finding's rule, stable across runs, reports and `diff`.
 */
export interface HttpOracle {
  name: string;
  severity: Severity;
  judge(facts: HttpExchangeFacts): Verdict;
}

const broken = (
  outcome: 'fail' | 'unconfirmed',
  rule: string,
  expected: string,
  actual: string,
  extra: Partial<Verdict> = {},
): Verdict => ({ outcome, rule, expected, actual, ...extra });

const is2xx = (res: HttpResult) => res.ok && res.status >= 200 && res.status < 300;

/** A 5xx, documented or not, or no answer at all: the server broke on this input. */
const notAServerError: HttpOracle = {
  name: 'not_a_server_error',
  severity: 'error',
  judge: ({ res }) =>
    !res.ok || res.status >= 500
      ? broken('fail', 'not_a_server_error', 'any answer below 500', describeResponse(res))
      : pass(),
};

/** A protected operation must refuse a request without credentials, or with a token whose claims are wrong. */
const ignoredAuth: HttpOracle = {
  name: 'ignored_auth',
  severity: 'error',
  judge: ({ op, c, res }) =>
    op.protected && c.auth !== 'user' && is2xx(res)
      ? broken(
          'fail',
          'ignored_auth',
          c.auth === 'none'
            ? 'HTTP 401 without a token'
            : `HTTP 401 for a token with edited claims ${JSON.stringify(c.claims)}`,
          describeResponse(res),
        )
      : pass(),
};

/** Statuses the contract lists for the operation; another is worth a look, not a failure. */
const statusCodeConformance: HttpOracle = {
  name: 'status_code_conformance',
  severity: 'error',
  judge: ({ op, res }) =>
    res.ok && res.status < 500 && !op.statuses.includes(res.status)
      ? broken(
          'unconfirmed',
          'status_code_conformance',
          `one of ${op.statuses.join(', ')}`,
          describeResponse(res),
        )
      : pass(),
};

/** The case kinds whose fault is the body itself: the docs show no answer for them. */
const BODY_FAULTS: readonly HttpFuzzCase['kind'][] = [
  'malformed-json',
  'wrong-type',
  'missing-required',
  'unknown-field',
  'wrong-content-type',
];

/**
 * A 400 in DRF's own words (`{"detail": …}` or field errors) for a request whose body is at fault:
 * what DRF's default exception handler answers outside the envelope (production-notes.md, Errors
 * outside the envelope; D122). The fixed suite observes that body's shape; it is not a contract
 * break, on the stand-in's `--strict` or on a real server.
 */
function drfRefusalOfABadBody(c: HttpFuzzCase, res: HttpResult & { ok: true }): boolean {
  if (res.status !== 400 || !BODY_FAULTS.includes(c.kind)) return false;
  const shape = bodyShapeOf(res.headers['content-type'] ?? null, res.text);
  return shape === 'drf-detail' || shape === 'drf-field-errors';
}

/** A documented answer's body, judged with the suite's provenance: documented rules fail. */
const responseSchemaConformance: HttpOracle = {
  name: 'response_schema_conformance',
  severity: 'error',
  judge: ({ op, c, res }) => {
    if (!res.ok || res.status >= 500) return pass();
    if (drfRefusalOfABadBody(c, res)) return pass();
    const schema = responseSchema(op.route, res.status);
    if (!schema) return pass();
    if (res.jsonError !== undefined)
      return broken('fail', 'response_schema_conformance', 'a JSON body', describeResponse(res));
    const verdict = judgeShape(
      'every documented field, with its documented type',
      schema,
      res.json,
    );
    return verdict.outcome === 'pass'
      ? verdict
      : { ...verdict, rule: 'response_schema_conformance' };
  },
};

/** The schema a broken part of the request was checked against, for its provenance. */
function refusedBy(
  op: FuzzOperation,
  c: HttpFuzzCase,
): { schema: ZodType; value: unknown } | undefined {
  if (
    (c.kind === 'wrong-type' || c.kind === 'missing-required') &&
    op.body?.zod &&
    c.body &&
    'json' in c.body
  )
    return { schema: op.body.zod, value: c.body.json };
  const params = (op.route as { request?: { params?: ZodType } }).request?.params;
  if (c.kind === 'malformed-path' && params) return { schema: params, value: c.params };
  return undefined;
}

/**
 * An invalid request that the server accepted (2xx): `fail` when the docs state the refusal (a
 * documented constraint of the request schema, on an operation documenting a 4xx), else
 * `unconfirmed` — a lenient server is not wrong where the docs are silent.
 */
const negativeDataRejection: HttpOracle = {
  name: 'negative_data_rejection',
  severity: 'error',
  judge: ({ op, c, res }) => {
    if (ACCEPTED_KINDS.includes(c.kind) || c.auth !== 'user' || !is2xx(res)) return pass();
    const refusal = refusedBy(op, c);
    const problems = refusal ? shapeErrors(refusal.schema, refusal.value) : [];
    const documented =
      problems.some((p) => !p.assumption) &&
      op.statuses.some((s) => s >= 400 && s < 500 && s !== 401 && s !== 405);
    const decisions = [
      ...new Set(problems.flatMap((p) => (p.assumption ? [p.assumption.decision] : []))),
    ];
    return broken(
      documented ? 'fail' : 'unconfirmed',
      'negative_data_rejection',
      `a refusal (4xx) of a request with ${c.kind.replace(/-/g, ' ')}`,
      describeResponse(res),
      decisions.length ? { decisions } : {},
    );
  },
};

/** Every HTTP oracle, in the order a case is judged. */
export const HTTP_ORACLES: readonly HttpOracle[] = [
  notAServerError,
  ignoredAuth,
  responseSchemaConformance,
  negativeDataRejection,
  statusCodeConformance,
];

/** Every broken verdict of a case, tagged with its oracle. */
export function judgeExchange(
  facts: HttpExchangeFacts,
): { oracle: HttpOracle; verdict: Verdict }[] {
  return HTTP_ORACLES.map((oracle) => ({ oracle, verdict: oracle.judge(facts) })).filter(
    ({ verdict }) => verdict.outcome === 'fail' || verdict.outcome === 'unconfirmed',
  );
}
