import type { Check, Report } from '../../conformance/model/types.js';
import { defaultWsUrl, prepareContext } from '../../conformance/runner/context.js';
import { runChecks } from '../../conformance/runner/run.js';
import { issueToken } from '../../src/auth/jwt.js';
import type { ProxiedResponse } from './breaking-proxy.js';
import { PASSWORD, type TestStandIn } from './standin.js';

/** The stand-in's signing secret in the conformance tests, so a test can mint expired tokens. */
export const TEST_SECRET = 'conformance-test-secret';

export interface Person {
  id: string;
  email: string;
}
/** The two accounts one suite run acts as. */
export interface Pair {
  user: Person;
  peer: Person;
}

/** An access token for `userId`, signed by the stand-in's secret, expired seven hours ago. */
export function expiredTokenFor(userId: string): string {
  return issueToken(TEST_SECRET, userId, 'access', Math.floor(Date.now() / 1000) - 7 * 3600);
}

/**
 * Active people of the stand-in, two by two, in a fixed order: concurrent suite runs each take
 * their own pair, so one run's settings flip or message cannot reach another's checks.
 */
export async function accountPairs(standIn: TestStandIn): Promise<Pair[]> {
  const res = await standIn.call({ method: 'GET', path: '/__mock/users' });
  const people = ((res.ok ? (res.json as { entity?: unknown }).entity : []) ?? []) as (Person & {
    is_active: boolean;
  })[];
  const active = people.filter((p) => p.is_active).sort((a, b) => a.email.localeCompare(b.email));
  const pairs: Pair[] = [];
  for (let i = 0; i + 1 < active.length; i += 2)
    pairs.push({ user: active[i] as Person, peer: active[i + 1] as Person });
  if (pairs.length === 0) throw new Error('the stand-in lists no two active people');
  return pairs;
}

export interface SuiteOptions {
  pair: Pair;
  /** Generous by default: concurrent runs on a loaded machine wait for PBKDF2 logins (D100). */
  timeoutMs?: number;
  /** Supply a genuinely expired token (the default), as --expired-token does. */
  expiredToken?: boolean;
  echoWindowMs?: number;
  /** Run the checks that change state (the default), as --allow-writes does. */
  allowWrites?: boolean;
  /** Hand the checks the stand-in's signing secret (the default), as --jwt-secret does. */
  jwtSecret?: boolean;
  /** Only these checks (default: all). */
  checks?: readonly Check[];
}

/**
 * Logs in against the stand-in itself, then points every check at `baseUrl`: a broken login must
 * fail the login checks, not stop the run.
 */
export async function runSuiteThrough(
  standIn: TestStandIn,
  baseUrl: string,
  {
    pair,
    timeoutMs = 4000,
    expiredToken = true,
    echoWindowMs,
    allowWrites = true,
    jwtSecret = true,
    checks,
  }: SuiteOptions,
): Promise<Report> {
  const ctx = await prepareContext({
    baseUrl: standIn.url,
    user: { email: pair.user.email, password: PASSWORD },
    peer: { email: pair.peer.email, password: PASSWORD },
    allowWrites,
    timeoutMs,
    echoWindowMs,
    jwtSecret: jwtSecret ? TEST_SECRET : undefined,
    expiredToken: expiredToken ? expiredTokenFor(pair.user.id) : undefined,
  });
  return runChecks({ ...ctx, baseUrl, wsUrl: defaultWsUrl(baseUrl) }, { checks });
}

/** Runs `work` over `items`, at most `limit` at a time, each with a pair of its own. */
export async function withPairs<T, R>(
  items: readonly T[],
  pairs: readonly Pair[],
  work: (item: T, pair: Pair) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    pairs.map(async (pair) => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index] as T, pair);
      }
    }),
  );
  return results;
}

/** Rewrites a JSON body; non-JSON bodies pass untouched. */
export function mapJson(res: ProxiedResponse, change: (json: unknown) => unknown): ProxiedResponse {
  try {
    return { ...res, body: JSON.stringify(change(JSON.parse(res.body))) };
  } catch {
    return res;
  }
}

/** Calls `change` on every object inside `value`, innermost first. */
export function everyObject(
  value: unknown,
  change: (object: Record<string, unknown>) => void,
): unknown {
  if (Array.isArray(value)) {
    for (const item of value) everyObject(item, change);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) everyObject(item, change);
    change(value as Record<string, unknown>);
  }
  return value;
}

/**
 * Calls `change` on every object of a body's payload: inside the envelope's entity, the items of a
 * bare list, or the body itself when it is neither (token refresh). The envelope stays intact, so
 * only the payload's rules break.
 */
export function everyPayloadObject(
  json: unknown,
  change: (object: Record<string, unknown>) => void,
): unknown {
  if (json && typeof json === 'object' && !Array.isArray(json) && 'success' in json)
    everyObject((json as { entity?: unknown }).entity, change);
  else everyObject(json, change);
  return json;
}

export const isLoginOrRefresh = (path: string) =>
  path.startsWith('/auth/login') || path.startsWith('/auth/token/refresh');
