import { documentedStatuses, responseSchema } from '../../spec/routes/index.js';
import { bodyForm, judgeEnvelope } from '../checks/http/envelope.js';
import type { ReceivedResponse } from '../client/evidence.js';
import { noteWrapped } from '../judging/nested.js';
import { extraFields, judgeProblems, judgeShape } from '../judging/shape.js';
import type { Verdict } from '../model/types.js';
import { type MatchedOperation, requestSchemas } from './operations.js';
import type { Sighting } from './traffic.js';

/** What the judges read of one exchange; `truncated` when the body passed the judging limit. */
export interface HttpFacts {
  method: string;
  query: Record<string, string>;
  requestHeaders: Record<string, string | string[] | undefined>;
  requestBody: string;
  /** The request body was not kept whole (past the limit, or in an encoding the proxy cannot read). */
  requestTruncated?: boolean;
  response: ReceivedResponse & { truncated?: boolean };
}

const broken = (v: Verdict): v is Verdict & { rule: string } =>
  (v.outcome === 'fail' || v.outcome === 'unconfirmed') && v.rule !== undefined;

const header = (headers: HttpFacts['requestHeaders'], name: string) => {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
};

function parseJson(text: string): { json: unknown } | { error: string } {
  try {
    return { json: JSON.parse(text) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/**
 * What the client sent, against the operation's request schemas: path parameters, query and a
 * JSON body. Form and multipart bodies are read as DRF reads them (D124), so only a JSON body's
 * shape is judged; a body labelled JSON that is not JSON is the client's mistake.
 */
export function judgeRequest(op: MatchedOperation, facts: HttpFacts): Sighting[] {
  const { route } = op;
  const schemas = requestSchemas(route);
  const found: Sighting[] = [];
  const client = (verdict: Verdict & { rule: string }, what: string): Sighting => ({
    side: 'client',
    operation: route.operationId,
    title: `${route.method.toUpperCase()} ${route.path}: the client sent ${what}`,
    docRef: route['x-doc-section'],
    severity: 'error',
    verdict: { ...verdict, rule: `client.${verdict.rule}` },
  });
  if (schemas.params) {
    const v = judgeShape('the documented path parameters', schemas.params, op.params);
    if (broken(v)) found.push(client(v, 'path parameters the contract refuses'));
  }
  if (schemas.query) {
    const v = judgeShape('the documented query parameters', schemas.query, facts.query);
    if (broken(v)) found.push(client(v, 'query parameters the contract refuses'));
  }
  const type = header(facts.requestHeaders, 'content-type');
  // A body the proxy did not keep whole is unjudged: judging what is left would invent a finding.
  if (schemas.body && !facts.requestTruncated && /^application\/json\b/i.test(type)) {
    const parsed = parseJson(facts.requestBody);
    if ('error' in parsed)
      found.push(
        client(
          {
            outcome: 'fail',
            rule: 'json-body',
            expected: 'a JSON request body',
            actual: `not JSON (${parsed.error})`,
          },
          'a body labelled JSON that is not JSON',
        ),
      );
    else {
      const v = judgeShape('the documented request body', schemas.body, parsed.json);
      if (broken(v)) found.push(client(v, 'a request body the contract refuses'));
    }
  }
  return found;
}

/** 2xx documented: a success under another code is a break; an undocumented error is a question. */
function judgeStatus(op: MatchedOperation, status: number): Verdict & { rule: string } {
  const documented = documentedStatuses(op.route);
  const expected = `Documented: ${documented.join(', ')}`;
  const actual = `Received: HTTP ${status}`;
  if (documented.includes(status)) return { outcome: 'pass', rule: 'status' };
  if (status >= 500) return { outcome: 'fail', rule: 'not_a_server_error', expected, actual };
  // D128: the docs list some refusals, not all (DRF answers 400/404/405 on its own); only a
  // success code they do not give is a sure break.
  const sure = status < 300 || documented.every((s) => s >= 300);
  return { outcome: sure ? 'fail' : 'unconfirmed', rule: 'status', expected, actual };
}

/**
 * What the server answered, with the suite's own judges: status, content type, envelope (and a
 * bare list, D12), every documented field with provenance, and undocumented fields (a warning).
 */
export function judgeResponse(op: MatchedOperation, facts: HttpFacts): Sighting[] {
  const { route } = op;
  const res = facts.response;
  const server = (verdict: Verdict & { rule: string }, severity: 'error' | 'warning' = 'error') =>
    ({
      side: 'server',
      operation: route.operationId,
      title: `${route.method.toUpperCase()} ${route.path}: ${verdict.rule}`,
      docRef: route['x-doc-section'],
      severity,
      verdict,
    }) satisfies Sighting;
  if (!res.ok) return [];
  const status = judgeStatus(op, res.status);
  if (broken(status)) return [server(status)];
  const schema = responseSchema(route, res.status);
  if (!schema || facts.method === 'HEAD' || res.truncated) return [];
  const type = res.headers['content-type'] ?? '';
  const found: Sighting[] = [];
  if (!/^application\/json\b/i.test(type))
    found.push(
      server({
        outcome: 'fail',
        rule: 'content-type',
        expected: 'Content-Type: application/json',
        actual: type || '(none)',
      }),
    );
  const parsed = parseJson(res.text);
  if ('error' in parsed)
    return [
      ...found,
      server({
        outcome: 'fail',
        rule: 'json-body',
        expected: 'a JSON body',
        actual: `not JSON (${parsed.error}): ${res.text.slice(0, 200)}`,
      }),
    ];
  const answered = { ...res, ok: true as const, json: parsed.json, ms: 0 };
  const form = bodyForm(route, res.status);
  if (form !== 'other') {
    const v = judgeEnvelope({ status: res.status }, form, answered);
    if (broken(v)) return [...found, server(v)];
  }
  const shape = noteWrapped(
    judgeShape('every documented field, with its documented type', schema, parsed.json),
    (v) => schema.safeParse(v).success,
    parsed.json,
  );
  if (broken(shape)) found.push(server(shape));
  const extra = judgeProblems('only documented fields', extraFields(schema, parsed.json));
  if (extra.outcome === 'fail') found.push(server({ ...extra, rule: 'extra-fields' }, 'warning'));
  return found;
}
