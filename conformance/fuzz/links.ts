import { type ContractLink, contractLinks } from '../../spec/links.js';
import { ROUTES } from '../../spec/routes/index.js';
import { SettingsChangeSchema } from '../../spec/schemas/exec.js';
import { collectEvidence, EvidenceLog } from '../client/evidence.js';
import { bearer, type HttpResult, httpCall } from '../client/http-client.js';
import type { CheckResult } from '../model/types.js';
import { toHttpEvidence } from '../report/reproduce.js';
import { coverageResult } from './findings.js';
import type { FuzzRun } from './http-run.js';
import { type FuzzOperation, operationById } from './operations.js';
import { judgeExchange } from './oracles.js';

/** `$response.body#/entity/0/id` read from a JSON body (RFC 6901 pointer). */
function evaluate(expression: string, body: unknown): unknown {
  const pointer = expression.replace(/^\$response\.body#/, '');
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], body);
}

/** A parameter value: a whole expression, or a template with `{expression}` inside. */
const linkValue = (template: string, body: unknown) =>
  template.startsWith('$')
    ? evaluate(template, body)
    : template.replace(/\{(\$[^}]+)\}/g, (_all, expression: string) =>
        String(evaluate(expression, body)),
      );

/** The source operation's request: login with the run's password, the others with its token. */
function sourceCall(run: FuzzRun, op: FuzzOperation) {
  const { ctx } = run;
  if (op.operationId === 'login')
    return ctx.user.email && ctx.user.password
      ? { body: { email: ctx.user.email, password: ctx.user.password } }
      : undefined;
  return { headers: bearer(ctx.user.token) };
}

const url = (run: FuzzRun, op: FuzzOperation, params: Record<string, string>) =>
  `${run.ctx.baseUrl}${op.path.replace(/\{(\w+)\}/g, (_all, name: string) => encodeURIComponent(params[name] ?? run.ctx.peer.id))}`;

/**
 * A body that changes nothing for a write the link leads to: the settings as they are, read back
 * first, so every link is followed in a read-only run too. Coins take none (a documented 400).
 */
async function noChangeBody(
  run: FuzzRun,
  op: FuzzOperation,
  headers: Record<string, string>,
  params: Record<string, string>,
) {
  if (!op.writes || !op.body?.required) return undefined;
  const read = await httpCall({ method: 'GET', url: url(run, op, params), headers });
  const entity = read.ok ? (read.json as { entity?: Record<string, unknown> })?.entity : undefined;
  if (!entity) return undefined;
  return Object.fromEntries(
    Object.keys(SettingsChangeSchema.shape)
      .filter((k) => k in entity)
      .map((k) => [k, entity[k]]),
  );
}

/** Follows one link from the source's answer: the target's call, judged by every HTTP oracle. */
async function follow(run: FuzzRun, name: string, link: ContractLink, source: HttpResult) {
  const op = operationById(link.operationId);
  if (!op) return `the contract has no operation ${link.operationId}`;
  const body = source.ok ? source.json : undefined;
  const params: Record<string, string> = {};
  const headers: Record<string, string> = bearer(run.ctx.user.token);
  for (const [where, template] of Object.entries(link.parameters ?? {})) {
    const [place, key = ''] = where.split('.');
    const value = linkValue(template, body);
    if (value === undefined || String(value).includes('undefined'))
      return `${template} is not in the source's answer`;
    if (place === 'path') params[key] = String(value);
    else headers[key.toLowerCase()] = String(value);
  }
  const linkBody = link.requestBody
    ? Object.fromEntries(
        Object.entries(link.requestBody as Record<string, string>).map(([k, t]) => [
          k,
          linkValue(t, body),
        ]),
      )
    : await noChangeBody(run, op, headers, params);
  const log = new EvidenceLog();
  const res = await collectEvidence(log, () =>
    httpCall({
      method: op.method,
      url: url(run, op, params),
      headers,
      body: linkBody,
      timeoutMs: run.ctx.timeoutMs,
    }),
  );
  run.budget.tick('http');
  const exchange = log.lastExchange();
  const http = exchange ? toHttpEvidence(exchange, run.redact) : undefined;
  const c = {
    operationId: op.operationId,
    kind: 'valid' as const,
    params,
    query: {},
    auth: 'user' as const,
  };
  for (const { oracle, verdict } of judgeExchange({ op, c, res }))
    run.onFinding({
      subject: op.operationId,
      title: `link ${name}: ${oracle.name}`,
      docRef: op.docRef,
      severity: oracle.severity,
      verdict: { ...verdict, ...(http ? { http, reproduce: http.reproduce } : {}) },
      caseId: `links#${name}`,
      seed: run.seed,
      example: { link: name, params, body: linkBody },
      code: res.ok ? res.status : undefined,
    });
  return undefined;
}

/**
 * Follows every OpenAPI link of the contract once (spec/links.ts): calls each source operation,
 * then each target with the values the link names. One result a link: followed, or why not.
 */
export async function followLinks(run: FuzzRun): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const [sourceId, links] of Object.entries(contractLinks(ROUTES))) {
    const source = operationById(sourceId);
    const call = source && sourceCall(run, source);
    const answer =
      source && call
        ? await httpCall({
            method: source.method,
            url: url(run, source, {}),
            timeoutMs: run.ctx.timeoutMs,
            ...call,
          })
        : undefined;
    for (const [name, link] of Object.entries(links ?? {})) {
      const why = answer
        ? await follow(run, name, link, answer)
        : 'needs --user EMAIL:PASSWORD (login)';
      results.push(
        coverageResult(
          `fuzz.links.${name}`,
          `link ${sourceId} → ${link.operationId} (${name})`,
          source?.docRef ?? '',
          why ? 'skip' : 'pass',
          why ?? 'followed',
        ),
      );
    }
  }
  return results;
}
