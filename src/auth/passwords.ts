import { createHash, pbkdf2, timingSafeEqual } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import { LruCache } from '../cache/lru-cache.js';

const pbkdf2Async = promisify(pbkdf2);

/**
 * How many PBKDF2 runs may be under way at once: all cores but one, so a login storm leaves a core
 * for serving chat (D100). The event loop itself never runs PBKDF2; libuv's pool does.
 */
export const PBKDF2_CONCURRENCY = Math.max(1, availableParallelism() - 1);

/** Remembered answers; bounded so a spray of distinct wrong passwords cannot grow it. */
const answers = new LruCache<string, boolean>(10_000);
/** Checks under way, so the same login sent twice at once costs one PBKDF2. */
const pending = new Map<string, Promise<boolean>>();

let running = 0;
const waiting: Array<() => void> = [];

async function withPbkdf2Slot<T>(work: () => Promise<T>): Promise<T> {
  if (running < PBKDF2_CONCURRENCY) running += 1;
  else await new Promise<void>((resolve) => waiting.push(resolve)); // a finished run hands its slot over
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}

async function derive(password: string, encoded: string): Promise<boolean> {
  const [algorithm, iterations, salt, hash] = encoded.split('$');
  const rounds = Number(iterations);
  if (algorithm !== 'pbkdf2_sha256' || !salt || !hash || !(rounds > 0)) return false;
  const expected = Buffer.from(hash, 'base64');
  if (expected.length === 0) return false;
  const actual = await withPbkdf2Slot(() =>
    pbkdf2Async(password, salt, rounds, expected.length, 'sha256'),
  );
  return timingSafeEqual(actual, expected);
}

/**
 * Checks a password against a Django `pbkdf2_sha256$iterations$salt$hash` string. PBKDF2 at 600,000
 * rounds costs ~120 ms of CPU, so it runs on libuv's thread pool, at most PBKDF2_CONCURRENCY at a
 * time, and answers are remembered per (hash, password): logins after the first are instant, which
 * keeps the stand-in fast for test suites that log in on every test (D100).
 *
 * @example
 * if (!(await checkDjangoPassword(body.password, user.password))) return failureResponse(c, ...);
 */
export async function checkDjangoPassword(password: string, encoded: string): Promise<boolean> {
  const key = createHash('sha256').update(encoded).update('\0').update(password).digest('hex');
  const known = answers.get(key);
  if (known !== undefined) return known;
  let check = pending.get(key);
  if (!check) {
    // Stryker disable next-line ArrowFunction: a settled check left in `pending` answers as a new one would; only memory grows
    check = derive(password, encoded).finally(() => pending.delete(key));
    pending.set(key, check);
  }
  const answer = await check;
  answers.set(key, answer);
  return answer;
}

/** How many answers are remembered: what a test of the bound watches. */
export const rememberedPasswordChecks = (): number => answers.size;

/** How many PBKDF2 runs are under way now: what a test of the concurrency bound watches. */
export const pbkdf2RunsUnderWay = (): number => running;
