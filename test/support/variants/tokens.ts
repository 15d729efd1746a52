import { createHmac } from 'node:crypto';
import { issueToken } from '../../../src/auth/jwt.js';

type Claims = { exp?: number; user_id?: string; token_type?: string };

/** What a proxy can tell of a token: its claims, whether the server signed it, whether it expired. */
export interface InspectedToken {
  claims: Claims;
  signed: boolean;
  expired: boolean;
}

/** The token (bare or as `Bearer …`) inspected with the stand-in's secret; undefined if not a JWT. */
export function inspectToken(
  token: string | null | undefined,
  secret: string,
): InspectedToken | undefined {
  const [head, payload, sig] = (token ?? '').replace(/^Bearer /, '').split('.');
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

/**
 * A fresh access token for the token's user when `accept` says this server would wrongly take it:
 * what a broken server effectively does. Undefined leaves the token alone.
 */
export function acceptedAs(
  token: string | null | undefined,
  secret: string,
  accept: (token: InspectedToken) => boolean,
): string | undefined {
  const inspected = inspectToken(token, secret);
  return inspected?.claims.user_id && accept(inspected)
    ? issueToken(secret, inspected.claims.user_id, 'access')
    : undefined;
}
