import type { ContractRoute } from '../../../spec/routes/index.js';
import type { HttpResult } from '../../client/http-client.js';
import {
  describeResponse,
  failRule,
  type RunContext,
  type Severity,
  skip,
  type Verdict,
} from '../../model/types.js';
import type { HttpCase } from '../cases.js';

/**
 * One aspect of a documented answer (its status, its content type…), judged for every case it
 * applies to: one check per case and aspect, with the id `<case id>:<name>`. Schemathesis's
 * checks are the model: a stable name, and a judge of one response.
 */
export interface HttpAspect {
  /** Stable: check ids, reports, JUnit names, `diff` and `--only` carry it. */
  name: string;
  severity: Severity;
  /** What the check's title says after the case's own title. */
  title(c: HttpCase, route: ContractRoute): string;
  /** The rules the check applies (`Check.rules`). */
  rules(c: HttpCase, route: ContractRoute): readonly string[];
  /**
   * `true`, or why the aspect does not apply to the case: then there is no check at all (the
   * reason is for readers and tests, never a skip in a report).
   */
  appliesTo(c: HttpCase, route: ContractRoute): true | string;
  /** The verdict on the case's one response (`callCase`), which every aspect of it shares. */
  judge(ctx: RunContext, c: HttpCase, res: HttpResult): Verdict;
}

export type JsonResponse = Extract<HttpResult, { ok: true }>;

/**
 * Judges a response that must be JSON with the case's status: no response or no JSON at all fails
 * the `json-body` rule; another status is a skip, since the status aspect already reports it.
 */
export function withJsonBody(
  c: HttpCase,
  res: HttpResult,
  judge: (res: JsonResponse) => Verdict,
): Verdict {
  if (!res.ok)
    return failRule('json-body', `HTTP ${c.status} with a JSON body`, describeResponse(res));
  if (res.status !== c.status)
    return skip(
      `status was ${res.status}, not ${c.status}; see the status check`,
      `${c.id}:status`,
    );
  if (res.jsonError !== undefined)
    return failRule('json-body', 'a JSON body', `${describeResponse(res)} (${res.jsonError})`);
  return judge(res);
}
