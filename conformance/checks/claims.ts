import { randomUUID } from 'node:crypto';
import { bearer, httpCall, openSocket } from '../client/http-client.js';
import { accessClaims, signedToken } from '../client/signed-tokens.js';
import {
  type Check,
  describeResponse,
  failRule,
  pass,
  type RunContext,
  skip,
  type Verdict,
} from '../model/types.js';
import { withToken } from './socket/exchange.js';

const NOTES = 'production-notes.md: Errors outside the envelope';

/** Why the claim checks cannot run: only the server's own secret signs a token it would trust. */
export const NEEDS_SECRET =
  "needs --jwt-secret (or NINEAPP_JWT_SECRET): the server's signing secret, to sign tokens whose only fault is their claims";

/** Correctly signed tokens whose claims are wrong: a classic source of 500s and bypasses. */
const CLAIMS: { name: string; title: string; claims(ctx: RunContext): Record<string, unknown> }[] =
  [
    {
      name: 'no-user-id',
      title: 'no user_id',
      claims: (ctx) => {
        const { user_id: _, ...rest } = accessClaims(ctx.user.id);
        return rest;
      },
    },
    {
      name: 'unknown-user-id',
      title: 'a user_id that is no user',
      claims: () => accessClaims(randomUUID()),
    },
    {
      name: 'malformed-user-id',
      title: 'a user_id that is not a UUID',
      claims: () => accessClaims('not-a-uuid'),
    },
    {
      name: 'wrong-token-type',
      title: 'token_type "refresh" where an access token belongs',
      claims: (ctx) => ({ ...accessClaims(ctx.user.id), token_type: 'refresh' }),
    },
    {
      name: 'no-exp',
      title: 'no exp',
      claims: (ctx) => {
        const { exp: _, ...rest } = accessClaims(ctx.user.id);
        return rest;
      },
    },
    {
      name: 'exp-past',
      title: 'an exp in the past',
      claims: (ctx) => ({ ...accessClaims(ctx.user.id), exp: Math.floor(Date.now() / 1000) - 60 }),
    },
  ];

const RULES = ['claims.accepted', 'claims.server-error', 'claims.status'];

/** GET /auth/user/ with the token: 401 is right; accepted or a 5xx is a bug whatever the docs say. */
async function overHttp(ctx: RunContext, token: string, title: string): Promise<Verdict> {
  const res = await httpCall({
    method: 'GET',
    url: `${ctx.baseUrl}/auth/user/`,
    headers: bearer(token),
    timeoutMs: ctx.timeoutMs,
  });
  const expected = 'Documented: 401, the token refused';
  if (!res.ok) return failRule('claims.status', expected, describeResponse(res));
  if (res.status < 300)
    return failRule(
      'claims.accepted',
      expected,
      `accepted a token with ${title}: ${describeResponse(res)}`,
    );
  if (res.status >= 500)
    return failRule(
      'claims.server-error',
      `${expected}, never a server error`,
      describeResponse(res),
    );
  return res.status === 401 ? pass() : failRule('claims.status', expected, describeResponse(res));
}

/** The handshake with the token: refused with 403 is right; open or a 5xx is a bug. */
async function overSocket(ctx: RunContext, token: string, title: string): Promise<Verdict> {
  const opened = await openSocket(withToken(ctx, token), ctx.timeoutMs, { label: 'claims' });
  const expected = 'HTTP 403 before the upgrade';
  if (opened.ok) {
    await opened.session.close();
    return failRule('claims.accepted', expected, `the socket opened with a token with ${title}`);
  }
  if ((opened.status ?? 0) >= 500)
    return failRule('claims.server-error', `${expected}, never a server error`, opened.error);
  return opened.status === 403 ? pass() : failRule('claims.status', expected, opened.error);
}

/** Token claims, with the signing secret (`--jwt-secret`): on HTTP and on the socket handshake. */
export const CLAIM_CHECKS: Check[] = CLAIMS.flatMap((c) =>
  (
    [
      ['http', 'GET /auth/user/', overHttp],
      ['socket', 'The socket handshake', overSocket],
    ] as const
  ).map(
    ([channel, where, judge]): Check => ({
      id: `claims.${channel}.${c.name}`,
      title: `${where} with a correctly signed token with ${c.title} is refused`,
      docRef: NOTES,
      severity: 'error',
      rules: RULES,
      run: (ctx) =>
        ctx.jwtSecret
          ? judge(ctx, signedToken(ctx.jwtSecret, c.claims(ctx)), c.title)
          : Promise.resolve(skip(NEEDS_SECRET)),
    }),
  ),
);
