import type { Check, Report, RunContext } from './types.js';
export interface RunOptions {
    only?: string;
    checks?: readonly Check[];
}
/**
 * Runs every selected check in order and collects every result; a check that throws is a failure
 * with the error as what came back, never the end of the run.
 */
export declare function runChecks(ctx: RunContext, { only, checks }?: RunOptions): Promise<Report>;
/** A memo for `RunContext.once`: one promise per key for the whole run. */
export declare function memo(): <T>(key: string, make: () => Promise<T>) => Promise<T>;
