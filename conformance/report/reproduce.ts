import type { HttpExchange } from '../client/evidence.js';
import type { HttpEvidence } from '../model/types.js';
import { SECRET_NAMES } from './redact.js';

/** Response bodies are kept up to this many characters: enough to read, small enough to store. */
export const BODY_LIMIT = 4096;

/** Headers curl sets itself from what it sends. */
const OWN_HEADERS = new Set(['content-length', 'host']);

const VARIABLE = new RegExp(`(\\$(?:${SECRET_NAMES.join('|')}))(?![A-Z_])`);

/** One literal word for sh/bash: single quotes, or `$'…'` when it holds a line break. */
function literal(text: string): string {
  if (/[\n\r]/.test(text))
    return `$'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * Quotes a redacted value for the shell, leaving `$TOKEN` and its kin to be expanded: the line
 * replays the request once the variables are exported, and never contains a secret itself.
 */
export function shellWord(text: string): string {
  const parts = text.split(VARIABLE).filter((part) => part !== '');
  if (parts.length === 0) return "''";
  return parts.map((part) => (VARIABLE.test(part) ? `"${part}"` : literal(part))).join('');
}

/**
 * A one-line `curl` command for a (redacted) request; `-i` prints the status and headers, so
 * what it shows compares directly with the finding.
 *
 * @example
 * curlLine({ method: 'GET', url, headers: { authorization: 'Bearer $TOKEN' } })
 * // curl -sS -i -X GET 'http://host/auth/user/' -H "authorization: Bearer $TOKEN"
 */
export function curlLine(request: HttpEvidence['request']): string {
  const words = ['curl', '-sS', '-i', '-X', request.method, shellWord(request.url)];
  for (const [name, value] of Object.entries(request.headers))
    if (!OWN_HEADERS.has(name.toLowerCase())) words.push('-H', shellWord(`${name}: ${value}`));
  if (request.body !== undefined) words.push('--data-raw', shellWord(request.body));
  return words.join(' ');
}

/**
 * Session cookies are credentials too: their names stay, their values never reach a report. A
 * request's Cookie holds many pairs split by `;`, so every pair is masked; a Set-Cookie (joined by
 * `, `) masks only each cookie's own pair, its attributes (`Path=/`) staying readable.
 */
const COOKIE = /(^|;\s*|,\s*)([\w!#$%&'*+.^`|~-]+)=([^;,]*)/g;
const SET_COOKIE = /(^|, )([\w!#$%&'*+.^`|~-]+)=([^;,]*)/g;
function shownHeaders(
  headers: Record<string, string>,
  redact: (text: string) => string,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [
      name,
      /^(set-)?cookie$/i.test(name)
        ? value.replace(
            /^set-/i.test(name) ? SET_COOKIE : COOKIE,
            (_all, lead, cookie) => `${lead}${cookie}=[redacted]`,
          )
        : redact(value),
    ]),
  );
}

/** The evidence for one exchange, secrets replaced through `redact`, the body cut at BODY_LIMIT. */
export function toHttpEvidence(
  { request, response }: HttpExchange,
  redact: (text: string) => string,
): HttpEvidence {
  const shown: HttpEvidence['request'] = {
    method: request.method,
    url: redact(request.url),
    headers: shownHeaders(request.headers, redact),
    ...(request.body === undefined ? {} : { body: redact(request.body) }),
  };
  const evidence: HttpEvidence = { request: shown, reproduce: curlLine(shown) };
  if (!response.ok) return { ...evidence, error: redact(response.error) };
  const truncated = response.text.length > BODY_LIMIT;
  return {
    ...evidence,
    response: {
      status: response.status,
      headers: shownHeaders(response.headers, redact),
      body: redact(truncated ? response.text.slice(0, BODY_LIMIT) : response.text),
      ...(truncated ? { truncated } : {}),
    },
  };
}
