import { type RunContext } from './types.js';
export interface Target {
    baseUrl: string;
    wsUrl?: string;
    user: {
        email: string;
        password: string;
    } | {
        token: string;
    };
    peer: {
        email: string;
        password: string;
    } | {
        token: string;
    };
    allowWrites: boolean;
    timeoutMs: number;
    expiredToken?: string;
}
/** The reason the suite cannot run; the CLI prints it on one line and exits 2. */
export declare class SetupError extends Error {
}
/** The default socket URL: the base URL's host, ws or wss, and the documented path. */
export declare function defaultWsUrl(baseUrl: string): string;
/** Checks the server answers at all, then logs in both accounts. Throws SetupError with one clear line. */
export declare function prepareContext(target: Target): Promise<RunContext>;
