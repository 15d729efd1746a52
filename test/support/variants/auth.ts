import { createHmac } from 'node:crypto';
import { NOT_AUTHENTICATED_DETAIL } from '../../../spec/schemas/auth.js';
import { issueToken } from '../../../src/auth/jwt.js';
import { isLoginOrRefresh, mapJson } from '../conformance-run.js';
import type { Variant } from './variant.js';

type Claims = { exp?: number; user_id?: string };

/** The bearer token's claims, whether its signature is the server's own, and whether it expired. */
function inspect(authorization: string | undefined, secret: string) {
  const [head, payload, sig] = (authorization ?? '').replace(/^Bearer /, '').split('.');
  if (!head || !payload || !sig) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Claims;
    const signed =
      createHmac('sha256', secret).update(`${head}.${payload}`).digest('base64url') === sig;
    return { claims, signed, expired: (claims.exp ?? 0) <= Date.now() / 1000 };
  } catch {
    return undefined;
  }
}

/** Swaps the request's token for a fresh one of the same user when `accept` says so. */
function acceptTokens(accept: (token: NonNullable<ReturnType<typeof inspect>>) => boolean) {
  return ({ secret }: { secret: string }) => ({
    request: (req: { path: string; headers: Record<string, string> }) => {
      const token = inspect(req.headers.authorization, secret);
      if (token?.claims.user_id && accept(token))
        req.headers.authorization = `Bearer ${issueToken(secret, token.claims.user_id, 'access')}`;
    },
  });
}

/** The 401: refused at all, with the documented body (and nothing more), and its header. */
export const AUTH_VARIANTS: Variant[] = [
  {
    name: 'authentication not enforced',
    breakage: ({ userToken }) => ({
      request: (req) =>
        void (
          isLoginOrRefresh(req.path) ||
          Object.assign(req.headers, { authorization: `Bearer ${userToken}` })
        ),
    }),
    expect: [{ checks: /^auth\./, rule: 'auth.status' }],
  },
  {
    name: 'genuinely expired tokens accepted (with --expired-token)',
    breakage: acceptTokens((t) => t.signed && t.expired),
    expect: [
      { checks: /^auth\..*\.expired-token$/, rule: 'auth.status' },
      { checks: /^auth\..*\.forged-signature$/, outcome: 'pass' },
    ],
  },
  {
    name: 'genuinely expired tokens accepted (without --expired-token: not claimed as checked)',
    noExpiredToken: true,
    breakage: acceptTokens((t) => t.signed && t.expired),
    expect: [
      { checks: /^auth\..*\.expired-token$/, outcome: 'skip' },
      { checks: /^auth\..*\.forged-signature$/, outcome: 'pass' },
    ],
  },
  {
    name: 'tokens with a forged signature accepted',
    breakage: acceptTokens((t) => !t.signed),
    expect: [
      { checks: /^auth\..*\.forged-signature$/, rule: 'auth.status' },
      { checks: /^auth\..*\.expired-token$/, outcome: 'pass' },
    ],
  },
  {
    name: '401 bodies other than the documented ones',
    breakage: () => ({
      response: (_req, res) =>
        res.status === 401
          ? mapJson(res, (json) => ({ ...(json as object), detail: 'Unauthorized' }))
          : res,
    }),
    expect: [{ checks: /^auth\./, rule: 'auth.body' }],
  },
  {
    name: 'an extra field in the no-credentials 401 body',
    breakage: () => ({
      response: (_req, res) =>
        mapJson(res, (json) =>
          (json as { detail?: unknown })?.detail === NOT_AUTHENTICATED_DETAIL
            ? { ...(json as object), hint: 'log in first' }
            : json,
        ),
    }),
    expect: [
      { checks: /^auth\..*\.no-token$/, rule: 'auth.body-extra-field' },
      { checks: /^auth\..*\.malformed-token$/, outcome: 'pass' },
    ],
  },
  {
    name: '401 without its WWW-Authenticate header',
    breakage: () => ({
      response: (_req, res) => ({
        ...res,
        headers: Object.fromEntries(
          Object.entries(res.headers).filter(([k]) => k !== 'www-authenticate'),
        ),
      }),
    }),
    expect: [{ checks: /^auth\./, rule: 'auth.www-authenticate' }],
  },
];
