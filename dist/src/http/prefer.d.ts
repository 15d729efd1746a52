import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
/** Longest delay a client may ask for, so a typo cannot hang a test run. */
export declare const MAX_DELAY_MS = 60000;
/** Parses `Prefer: code=404, delay=200` (Prism's convention) into its numeric preferences. */
export declare function parsePrefer(header: string | undefined): {
    code?: number;
    delay?: number;
};
/**
 * Latency (`--latency MS` and `Prefer: delay=MS`) and forced responses (`Prefer: code=N`) for
 * frontends testing edge states. A forced code must be one the contract documents for the
 * operation; the body is its documented example.
 */
export declare function preferences({ latencyMs }: {
    latencyMs: number;
}): MiddlewareHandler<AppEnv>;
