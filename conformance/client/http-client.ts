import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { currentCoverage } from './coverage-recorder.js';
import { currentEvidence } from './evidence.js';
import { describeNetworkError } from './network-error.js';

/** What came back from one HTTP call: never thrown, always data. */
export type HttpResult =
  | {
      ok: true;
      status: number;
      headers: Record<string, string>;
      text: string;
      json: unknown;
      jsonError?: string;
      ms: number;
    }
  | { ok: false; error: string; ms: number };

export interface HttpCall {
  method: string;
  url: string;
  headers?: Record<string, string>;
  /** A value to send as JSON, or a string sent as is. */
  body?: unknown;
  timeoutMs?: number;
}

/**
 * One HTTP call over node:http, not fetch: the docs send JSON bodies with GET, which fetch refuses,
 * and a conformance suite must see redirects rather than follow them.
 *
 * @example
 * const res = await httpCall({ method: 'GET', url: `${base}/auth/user/`, headers: bearer(token) });
 */
export function httpCall({
  method,
  url,
  headers = {},
  body,
  timeoutMs = 5000,
}: HttpCall): Promise<HttpResult> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  const payload =
    body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  const allHeaders: Record<string, string> = { accept: 'application/json', ...headers };
  if (payload !== undefined) {
    allHeaders['content-type'] ??= 'application/json';
    allHeaders['content-length'] = String(Buffer.byteLength(payload));
  }
  // Captured now: the answer arrives outside the check's async context on some paths.
  const log = currentEvidence();
  const coverage = currentCoverage();
  const sent = new Promise<HttpResult>((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      resolve({ ok: false, error: `not a URL: ${url}`, ms: 0 });
      return;
    }
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(target, { method, headers: allHeaders, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', (error) =>
        resolve({ ok: false, error: `response broke off: ${error.message}`, ms: ms() }),
      );
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const flatHeaders = Object.fromEntries(
          Object.entries(res.headers).map(([k, v]) => [
            k,
            Array.isArray(v) ? v.join(', ') : String(v),
          ]),
        );
        let json: unknown;
        let jsonError: string | undefined;
        try {
          json = text === '' ? undefined : JSON.parse(text);
        } catch (error) {
          jsonError = (error as Error).message;
        }
        resolve({
          ok: true,
          status: res.statusCode ?? 0,
          headers: flatHeaders,
          text,
          json,
          jsonError,
          ms: ms(),
        });
      });
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (error) =>
      resolve({ ok: false, error: describeNetworkError(error), ms: ms() }),
    );
    req.end(payload);
  });
  return sent.then((result) => {
    log?.http.push({
      at: started,
      request: { method, url, headers: allHeaders, body: payload },
      response: result,
    });
    coverage?.http({
      method,
      url,
      body: payload,
      status: result.ok ? result.status : 0,
      responseBody: result.ok ? result.json : undefined,
    });
    return result;
  });
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export { openSocket, type SocketResult, type SocketSession } from './socket-client.js';
