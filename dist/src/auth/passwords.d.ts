/**
 * How many PBKDF2 runs may be under way at once: all cores but one, so a login storm leaves a core
 * for serving chat (D100). The event loop itself never runs PBKDF2; libuv's pool does.
 */
export declare const PBKDF2_CONCURRENCY: number;
/**
 * Checks a password against a Django `pbkdf2_sha256$iterations$salt$hash` string. PBKDF2 at 600,000
 * rounds costs ~120 ms of CPU, so it runs on libuv's thread pool, at most PBKDF2_CONCURRENCY at a
 * time, and answers are remembered per (hash, password): logins after the first are instant, which
 * keeps the stand-in fast for test suites that log in on every test (D100).
 *
 * @example
 * if (!(await checkDjangoPassword(body.password, user.password))) return failureResponse(c, ...);
 */
export declare function checkDjangoPassword(password: string, encoded: string): Promise<boolean>;
/** How many answers are remembered: what a test of the bound watches. */
export declare const rememberedPasswordChecks: () => number;
