import fc from 'fast-check';
import { signedWithOtherKey } from '../client/made-up-tokens.js';
import { accessClaims, signedToken } from '../client/signed-tokens.js';
import type { RunContext } from '../model/types.js';

/**
 * How a generated token's claims differ from a good access token's, one choice per claim. `keep`
 * comes first in each list so fast-check shrinks towards it: a finding ends with only the claims
 * that matter changed (D164).
 */
export interface ClaimEdits {
  user_id: 'keep' | 'drop' | 'unknown' | 'malformed';
  token_type: 'keep' | 'drop' | 'refresh';
  exp: 'keep' | 'drop' | 'past';
}

export const claimEdits: fc.Arbitrary<ClaimEdits> = fc.record({
  user_id: fc.constantFrom('keep', 'drop', 'unknown', 'malformed'),
  token_type: fc.constantFrom('keep', 'drop', 'refresh'),
  exp: fc.constantFrom('keep', 'drop', 'past'),
});

/** Whether the edits leave a token the server must accept: nothing changed. */
export const keepsEverything = (edits: ClaimEdits) =>
  edits.user_id === 'keep' && edits.token_type === 'keep' && edits.exp === 'keep';

/** A UUID no account has: the nil UUID's neighbour, fixed so a replay sends the same claims. */
const NO_SUCH_USER = '00000000-0000-4000-8000-000000000000';

/** The claims the edits describe, on top of SimpleJWT's access claims for the run's user. */
export function claimsOf(ctx: RunContext, edits: ClaimEdits): Record<string, unknown> {
  const claims = accessClaims(ctx.user.id);
  if (edits.user_id === 'drop') delete claims.user_id;
  if (edits.user_id === 'unknown') claims.user_id = NO_SUCH_USER;
  if (edits.user_id === 'malformed') claims.user_id = 'not-a-uuid';
  if (edits.token_type === 'drop') delete claims.token_type;
  if (edits.token_type === 'refresh') claims.token_type = 'refresh';
  if (edits.exp === 'drop') delete claims.exp;
  if (edits.exp === 'past') claims.exp = Math.floor(Date.now() / 1000) - 60;
  return claims;
}

/**
 * A token a case carries: the run's own (`user`), none, made-up ones any server must refuse (a
 * forgery, not a JWT at all), or — with `--jwt-secret` — correctly signed with edited claims.
 */
export type TokenSpec =
  | { kind: 'user' | 'none' | 'other-key' | 'garbage' }
  | { kind: 'claims'; edits: ClaimEdits };

/** Token specs to draw from; signed ones only when the run has the secret. */
export function tokenSpecs(withSecret: boolean): fc.Arbitrary<TokenSpec> {
  const plain = fc.constantFrom<TokenSpec>(
    { kind: 'user' },
    { kind: 'none' },
    { kind: 'other-key' },
    { kind: 'garbage' },
  );
  if (!withSecret) return plain;
  return fc.oneof(
    plain,
    claimEdits.map((edits): TokenSpec => ({ kind: 'claims', edits })),
  );
}

/** Whether a server must accept the token: the run's own, or signed with nothing changed. */
export const validToken = (spec: TokenSpec) =>
  spec.kind === 'user' || (spec.kind === 'claims' && keepsEverything(spec.edits));

/** The token itself, or undefined for none. Signed tokens need the run's secret. */
export function tokenOf(ctx: RunContext, spec: TokenSpec): string | undefined {
  switch (spec.kind) {
    case 'user':
      return ctx.user.token;
    case 'none':
      return undefined;
    case 'other-key':
      return signedWithOtherKey(ctx.user.token);
    case 'garbage':
      return 'not.a-jwt';
    case 'claims':
      if (!ctx.jwtSecret) throw new Error('a signed token case without --jwt-secret');
      return signedToken(ctx.jwtSecret, claimsOf(ctx, spec.edits));
  }
}
