import { createHmac, randomBytes } from 'node:crypto';

/**
 * Tokens the suite makes up to be refused. They carry no secret (their signatures are random or
 * made with a key of ours), so reports show them as they are and a `curl` line replays them.
 */
const madeUp = new Set<string>();

const remember = (token: string) => {
  madeUp.add(token);
  return token;
};

/** Whether the suite made this token up: the redactor leaves it readable. */
export const isMadeUpToken = (token: string) => madeUp.has(token);

function claimsOf(token: string): Record<string, unknown> {
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString());
    return claims && typeof claims === 'object' ? claims : {};
  } catch {
    return {};
  }
}

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * The token's claims with the expiry moved into the past, under a random signature: refused by
 * any server that checks signatures, so `--expired-token` (a really expired one) tests expiry better.
 */
export function forgedExpired(token: string): string {
  const head = token.split('.')[0] || part({ alg: 'HS256', typ: 'JWT' });
  const body = `${head}.${part({ ...claimsOf(token), exp: 1_000_000_000 })}`;
  return remember(`${body}.${randomBytes(32).toString('base64url')}`);
}

/** The token's claims, HS256-signed with a key the server cannot know: a forgery. */
export function signedWithOtherKey(token: string): string {
  const body = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claimsOf(token))}`;
  const key = randomBytes(32);
  return remember(`${body}.${createHmac('sha256', key).update(body).digest('base64url')}`);
}
