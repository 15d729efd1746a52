import { isLoginOrRefresh } from '../conformance-run.js';
import { acceptedAs, inspectToken } from './tokens.js';
import type { Variant } from './variant.js';

/** Token claims, with the signing secret (`--jwt-secret`): correctly signed tokens, wrong claims. */
export const CLAIM_VARIANTS: Variant[] = [
  {
    name: 'a 500 on a correctly signed token without user_id (HTTP and handshake)',
    breakage: ({ secret }) => {
      const noUser = (token: string | null | undefined) => {
        const t = inspectToken(token, secret);
        return !!t?.signed && t.claims.user_id === undefined;
      };
      return {
        response: (req, res) =>
          noUser(req.headers.authorization)
            ? {
                status: 500,
                headers: { 'content-type': 'text/html' },
                body: '<h1>Server Error (500)</h1>',
              }
            : res,
        handshakeStatusFor: (token) => (noUser(token) ? 500 : undefined),
      };
    },
    expect: [
      { checks: /^claims\.(http|socket)\.no-user-id$/, rule: 'claims.server-error' },
      { checks: /^claims\.(http|socket)\.unknown-user-id$/, outcome: 'pass' },
    ],
  },
  {
    name: 'a correctly signed token of the wrong token_type accepted (HTTP and handshake)',
    breakage: ({ secret }) => {
      const refresh = (t: { signed: boolean; claims: { token_type?: string } }) =>
        t.signed && t.claims.token_type === 'refresh';
      return {
        request: (req) => {
          if (isLoginOrRefresh(req.path)) return;
          const swapped = acceptedAs(req.headers.authorization, secret, refresh);
          if (swapped) req.headers.authorization = `Bearer ${swapped}`;
        },
        handshakeTokenFor: (token) => acceptedAs(token, secret, refresh),
      };
    },
    expect: [
      { checks: /^claims\.(http|socket)\.wrong-token-type$/, rule: 'claims.accepted' },
      { checks: /^claims\.(http|socket)\.no-exp$/, outcome: 'pass' },
    ],
  },
  {
    name: 'any correctly signed token accepted, whatever its claims',
    breakage: ({ secret, userToken }) => {
      const signed = (token: string | null | undefined) => !!inspectToken(token, secret)?.signed;
      return {
        request: (req) => {
          if (signed(req.headers.authorization)) req.headers.authorization = `Bearer ${userToken}`;
        },
        handshakeTokenFor: (token) => (signed(token) ? userToken : undefined),
      };
    },
    expect: [{ checks: /^claims\./, rule: 'claims.accepted' }],
  },
  {
    name: 'odd claims refused with the wrong status (400 over HTTP, 401 at the handshake)',
    breakage: () => ({
      response: (_req, res) => (res.status === 401 ? { ...res, status: 400 } : res),
      handshakeStatusFor: () => 401,
    }),
    expect: [{ checks: /^claims\./, rule: 'claims.status' }],
  },
  {
    name: 'the claim checks without --jwt-secret: skipped with the reason, never claimed as checked',
    noJwtSecret: true,
    breakage: () => ({}),
    expect: [{ checks: /^claims\./, outcome: 'skip', mentions: '--jwt-secret' }],
  },
];
