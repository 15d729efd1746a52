export interface StandInConfig {
    host: string;
    port: number;
    /** A file path, or `:memory:`. */
    db: string;
    reset: boolean;
    seed: number;
    users: number;
    messages: number;
    latencyMs: number;
    quiet: boolean;
    /** From NINEAPP_JWT_SECRET; otherwise generated once and stored with the data. */
    secret?: string;
}
export declare const USAGE: string;
export declare class ConfigError extends Error {
}
/**
 * The only reader of `process.env` and the command line: the rest of the stand-in is given a
 * validated config. Throws ConfigError with a one-line reason on bad input; answers `'help'` for -h.
 */
export declare function parseConfig(argv: string[], env: NodeJS.ProcessEnv): StandInConfig | 'help';
