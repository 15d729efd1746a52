import { createHash, pbkdf2Sync, timingSafeEqual } from 'node:crypto';

/**
 * Checks a password against a Django `pbkdf2_sha256$iterations$salt$hash` string. PBKDF2 at 600,000
 * rounds costs ~120 ms, so results are remembered per (hash, password): logins after the first are
 * instant, which keeps the stand-in fast for test suites that log in on every test.
 */
const verified = new Map<string, boolean>();
const CACHE_LIMIT = 10_000;

export function checkDjangoPassword(password: string, encoded: string): boolean {
  const key = createHash('sha256').update(encoded).update('\0').update(password).digest('hex');
  const known = verified.get(key);
  if (known !== undefined) return known;
  const [algorithm, iterations, salt, hash] = encoded.split('$');
  let result = false;
  if (algorithm === 'pbkdf2_sha256' && salt && hash && Number(iterations) > 0) {
    const expected = Buffer.from(hash, 'base64');
    const actual = pbkdf2Sync(password, salt, Number(iterations), expected.length, 'sha256');
    result = expected.length > 0 && timingSafeEqual(actual, expected);
  }
  if (verified.size >= CACHE_LIMIT) verified.clear();
  verified.set(key, result);
  return result;
}
