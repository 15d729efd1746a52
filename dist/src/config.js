import { parseArgs } from 'node:util';
import { DEFAULT_SEED } from './seed/index.js';
export const USAGE = `9app-standin: a stateful stand-in for the 9app chat + exec API

Usage: 9app-standin [options]

  --host HOST        interface to listen on (env HOST; default 127.0.0.1)
  --port PORT        port, 0 for any free one (env PORT; default 8000)
  --db PATH          SQLite file, or :memory: (env NINEAPP_DB; default .data/9app.sqlite)
  --reset            wipe the database and seed it again
  --seed N           seed for the generated data (default ${DEFAULT_SEED.seed})
  --users N          generated users besides the documented ones (default ${DEFAULT_SEED.users})
  --messages N       generated chat messages (default ${DEFAULT_SEED.messages})
  --latency MS       delay every HTTP response (default 0; per request: Prefer: delay=MS)
  --quiet            no banner, no request log
  -h, --help         this text

Environment: NINEAPP_JWT_SECRET fixes the token signing secret.
Every seeded person logs in with the password "password123".`;
export class ConfigError extends Error {
}
function integer(name, text, fallback, min = 0) {
    if (text === undefined || text === '')
        return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < min)
        throw new ConfigError(`${name} must be an integer >= ${min}, got "${text}"`);
    return value;
}
/**
 * The only reader of `process.env` and the command line: the rest of the stand-in is given a
 * validated config. Throws ConfigError with a one-line reason on bad input; answers `'help'` for -h.
 */
export function parseConfig(argv, env) {
    let values;
    try {
        values = parse(argv).values;
    }
    catch (error) {
        throw new ConfigError(error.message);
    }
    if (values.help)
        return 'help';
    const port = integer('--port', values.port ?? env.PORT, 8000);
    if (port > 65535)
        throw new ConfigError(`--port must be at most 65535, got ${port}`);
    return {
        host: values.host ?? env.HOST ?? '127.0.0.1',
        port,
        db: values.db ?? env.NINEAPP_DB ?? '.data/9app.sqlite',
        reset: values.reset ?? false,
        seed: integer('--seed', values.seed, DEFAULT_SEED.seed),
        users: integer('--users', values.users, DEFAULT_SEED.users, 2),
        messages: integer('--messages', values.messages, DEFAULT_SEED.messages),
        latencyMs: integer('--latency', values.latency, 0),
        quiet: values.quiet ?? false,
        secret: env.NINEAPP_JWT_SECRET || undefined,
    };
}
function parse(argv) {
    return parseArgs({
        args: argv,
        strict: true,
        options: {
            host: { type: 'string' },
            port: { type: 'string' },
            db: { type: 'string' },
            reset: { type: 'boolean' },
            seed: { type: 'string' },
            users: { type: 'string' },
            messages: { type: 'string' },
            latency: { type: 'string' },
            quiet: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
        },
    });
}
