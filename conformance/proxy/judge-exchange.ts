import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { HttpExchange } from '../client/evidence.js';
import { toHttpEvidence } from '../report/reproduce.js';
import { type BodyBuffer, JUDGE_LIMIT } from './body-buffer.js';
import { bodyForCoverage } from './coverage-recorder.js';
import { type HttpFacts, judgeRequest, judgeResponse } from './judge-http.js';
import { matchOperation } from './operations.js';
import { type ProxyRuntime, UNMATCHED_KEPT } from './runtime.js';
import type { Sighting } from './traffic.js';
import { shownAuthorization, tokenOf } from './traffic-secrets.js';

/** The request side of one forwarded exchange, as http-forward.ts saw it. */
export interface ForwardedHttp {
  at: number;
  method: string;
  /** The path and query the client asked for (before the target's prefix). */
  path: string;
  headers: IncomingHttpHeaders;
  sent: BodyBuffer;
}

/** How it ended: an answer (its head, and its body as kept), or a network error. */
export type Outcome = { answer: IncomingMessage; received: BodyBuffer } | { error: string };

const flat = (headers: IncomingHttpHeaders): Record<string, string> =>
  Object.fromEntries(
    Object.entries(headers).flatMap(([name, value]) =>
      value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value]],
    ),
  );

/** What evidence shows for a request body past the judging cap (body-buffer.ts). */
const OVER_CAP = `(body over ${JUDGE_LIMIT / 1024 / 1024} MiB, not kept)`;

/** The exchange as the suite's evidence takes it, pointed at the target so its curl line replays. */
function asExchange(rt: ProxyRuntime, fwd: ForwardedHttp, facts: HttpFacts): HttpExchange {
  // Past the cap nothing was learned from the body, so none of it is shown: its secrets are unknown.
  const body = fwd.sent.truncated ? OVER_CAP : fwd.sent.text(fwd.headers['content-encoding']);
  const headers = flat(fwd.headers);
  if (headers.authorization) headers.authorization = shownAuthorization(headers.authorization);
  return {
    at: fwd.at,
    request: {
      method: fwd.method,
      url: `${rt.target.origin}${rt.basePath}${fwd.path}`,
      headers,
      ...(body ? { body } : {}),
    },
    response: facts.response,
  };
}

function countUnmatched(rt: ProxyRuntime, key: string): void {
  const known = rt.unmatched.get(key);
  if (known !== undefined) rt.unmatched.set(key, known + 1);
  else if (rt.unmatched.size < UNMATCHED_KEPT) rt.unmatched.set(key, 1);
}

const unreachable = (why: string, operation: string): Sighting => ({
  side: 'server',
  operation,
  title: 'the target did not answer: the proxy answered 502 in the envelope (D130)',
  docRef: 'Endpoint overview',
  severity: 'error',
  verdict: {
    outcome: 'fail',
    rule: 'upstream.unreachable',
    expected: 'an HTTP answer',
    actual: why,
  },
});

/**
 * Judges one forwarded exchange, client side and server side, records its findings with their
 * evidence and the exchange for coverage. Never throws: a judge's crash must not reach the socket.
 */
export function judgeExchange(rt: ProxyRuntime, fwd: ForwardedHttp, outcome: Outcome): void {
  try {
    rt.counts.http++;
    const url = new URL(fwd.path, 'http://proxy');
    const decoded = fwd.sent.truncated ? undefined : fwd.sent.text(fwd.headers['content-encoding']);
    const requestBody = decoded ?? '';
    const responseText =
      'answer' in outcome
        ? outcome.received.text(outcome.answer.headers['content-encoding'])
        : undefined;
    const facts: HttpFacts = {
      method: fwd.method,
      query: Object.fromEntries(url.searchParams),
      requestHeaders: fwd.headers,
      requestBody,
      requestTruncated: decoded === undefined,
      response:
        'answer' in outcome
          ? {
              ok: true,
              status: outcome.answer.statusCode ?? 0,
              headers: flat(outcome.answer.headers),
              text: responseText ?? '',
              truncated: outcome.received.truncated || responseText === undefined,
            }
          : { ok: false, error: outcome.error },
    };
    const op = matchOperation(fwd.method, url.pathname);
    if (op?.route.operationId === 'login') rt.secrets.learn(requestBody);
    const sightings = op ? [...judgeRequest(op, facts), ...judgeResponse(op, facts)] : [];
    if (op) rt.counts.judged++;
    else countUnmatched(rt, `${fwd.method} ${url.pathname}`);
    if ('error' in outcome)
      sightings.push(unreachable(outcome.error, op?.route.operationId ?? 'proxy'));
    const http = () =>
      toHttpEvidence(
        asExchange(rt, fwd, facts),
        rt.secrets.forExchange(tokenOf(fwd.headers, fwd.path), requestBody),
      );
    for (const sighting of sightings) rt.findings.add(sighting, { http });
    rt.coverage.record({
      kind: 'http',
      method: fwd.method,
      path: url.pathname,
      // 0: no answer came, so no status is counted (spec/coverage/exchange.ts).
      status: facts.response.ok ? facts.response.status : 0,
      ...(requestBody ? { requestBody: bodyForCoverage(requestBody) } : {}),
      ...(url.search ? { query: facts.query } : {}),
      ...(facts.response.ok && facts.response.text
        ? { responseBody: bodyForCoverage(facts.response.text) }
        : {}),
    });
  } catch (error) {
    rt.log(`could not judge ${fwd.method} ${fwd.path}: ${(error as Error).message}`);
  }
}
