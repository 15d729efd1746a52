import fc from 'fast-check';
import type { TranscriptEntry } from '../client/evidence.js';
import type { RunContext } from '../model/types.js';
import type { FuzzRun } from './http-run.js';
import type { Broken, SocketOutcome, SocketPart } from './socket-rounds.js';
import { open, settle } from './socket-watch.js';
import { type TokenSpec, tokenOf, tokenSpecs, validToken } from './tokens.js';

/** How a generated handshake's path differs from the documented one (`documented` first: it shrinks there). */
const PATH_EDITS = [
  'documented',
  'no-trailing-slash',
  'double-slash',
  'upper-case',
  'extra-segment',
] as const;

/** One generated handshake: the token it carries, its path, and an extra query parameter. */
export interface HandshakeCase {
  token: TokenSpec;
  path: (typeof PATH_EDITS)[number];
  extraQuery?: string;
}

export const handshakeCases = (withSecret: boolean): fc.Arbitrary<HandshakeCase> =>
  fc.record(
    {
      token: tokenSpecs(withSecret),
      path: fc.constantFrom(...PATH_EDITS),
      extraQuery: fc.constantFrom('token=', 'user_id=1', 'x=%00', 'token=not.a-jwt'),
    },
    { requiredKeys: ['token', 'path'] },
  );

/** The socket URL a case opens: the run's socket URL, its path edited, the token as `?token=`. */
export function handshakeUrl(ctx: RunContext, c: HandshakeCase): string {
  const url = new URL(ctx.wsUrl);
  const path = url.pathname;
  if (c.path === 'no-trailing-slash') url.pathname = path.replace(/\/$/, '');
  if (c.path === 'double-slash') url.pathname = path.replace(/\/([^/]*)\/$/, '//$1/');
  if (c.path === 'upper-case') url.pathname = path.toUpperCase();
  if (c.path === 'extra-segment') url.pathname = `${path}extra/`;
  const token = tokenOf(ctx, c.token);
  const query = [token === undefined ? '' : `token=${encodeURIComponent(token)}`, c.extraQuery]
    .filter(Boolean)
    .join('&');
  url.search = query;
  return url.toString();
}

/** The one handshake the docs promise opens: a good token on the documented path, nothing else. */
const mustOpen = (c: HandshakeCase) =>
  validToken(c.token) && c.path === 'documented' && c.extraQuery === undefined;

/**
 * The handshake oracles: never a 5xx; never open for a token a server must refuse (Schemathesis's
 * `ignored_auth`, on the socket); open for the documented one and stay open (no 1011).
 */
function judgeHandshake(
  c: HandshakeCase,
  opened: Awaited<ReturnType<typeof open>>,
  closeCode: number | undefined,
): Broken[] {
  if (!opened.watched) {
    if ((opened.status ?? 0) >= 500)
      return [
        {
          code: opened.status,
          verdict: {
            outcome: 'fail',
            rule: 'not_a_server_error',
            expected: 'a refusal below 500 (the docs: 403) or an open socket',
            actual: opened.error,
          },
        },
      ];
    return mustOpen(c)
      ? [
          {
            verdict: {
              outcome: 'fail',
              rule: 'opens_with_valid_token',
              expected: 'the socket opens with a valid token on the documented path',
              actual: opened.error,
            },
          },
        ]
      : [];
  }
  const broken: Broken[] = [];
  if (!validToken(c.token))
    broken.push({
      verdict: {
        outcome: 'fail',
        rule: 'ignored_auth',
        expected: `the handshake refused (the docs: 403) for a token: ${JSON.stringify(c.token)}`,
        actual: 'the socket opened',
      },
    });
  if (closeCode === 1011)
    broken.push({
      code: 1011,
      verdict: {
        outcome: 'fail',
        rule: 'no_internal_error_on_handshake',
        expected: 'an open socket, or a refusal before the upgrade',
        actual: 'opened, then closed with 1011 (internal error)',
      },
    });
  return broken;
}

async function sendHandshake(run: FuzzRun, c: HandshakeCase): Promise<SocketOutcome> {
  const transcript: TranscriptEntry[] = [];
  const origin = performance.now();
  const url = handshakeUrl(run.ctx, c);
  transcript.push({ at_ms: 0, socket: 'handshake', event: 'sent', data: url });
  const opened = await open(url, 'handshake', { transcript, origin });
  run.budget.tick('frames');
  if (opened.watched) {
    await settle(opened.watched);
    opened.watched.ws.terminate();
  }
  return { transcript, broken: judgeHandshake(c, opened, opened.watched?.closeCode) };
}

/** The socket handshake: generated tokens (claims edited with --jwt-secret), paths and queries. */
export const HANDSHAKE_PART: SocketPart<HandshakeCase> = {
  subject: 'handshake',
  label: 'chat socket handshakes',
  docRef: 'Connecting and using the websocket',
  cases: (run) => handshakeCases(!!run.ctx.jwtSecret),
  send: sendHandshake,
};
