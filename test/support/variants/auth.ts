import { NOT_AUTHENTICATED_DETAIL } from '../../../spec/schemas/auth.js';
import { isLoginOrRefresh, mapJson } from '../conformance-run.js';
import { acceptedAs, type InspectedToken } from './tokens.js';
import type { Variant } from './variant.js';

/** Swaps the request's token for a fresh one of the same user when `accept` says so. */
function acceptTokens(accept: (token: InspectedToken) => boolean) {
  return ({ secret }: { secret: string }) => ({
    request: (req: { path: string; headers: Record<string, string> }) => {
      const swapped = acceptedAs(req.headers.authorization, secret, accept);
      if (swapped) req.headers.authorization = `Bearer ${swapped}`;
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
