import { parseArgs } from 'node:util';
import { DEFAULT_SEED } from '../seed/index.js';
import { DEFAULT_JOURNAL_SIZE } from '../state/request-journal.js';

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
  /** Unread frames a socket may hold before it is closed with 1013 (D91); absent: 4 MB. */
  maxUnreadBytes?: number;
  quiet: boolean;
  /** Serve only what the docs document (D63): `--strict` or NINEAPP_STRICT=1. */
  strict?: boolean;
  /** From NINEAPP_JWT_SECRET; otherwise generated once and stored with the data. */
  secret?: string;
  /** Journal entries kept (`--journal N`, default 1,000; 0 switches it off). */
  journal?: number;
  /** `--control-key` / NINEAPP_CONTROL_KEY; generated when listening beyond loopback (D55). */
  controlKey?: string;
  /** `--no-read-lane`: every request through Hono's full chain, even the ready reads. */
  readLane?: boolean;
}

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
  --socket-buffer-mb N  close a socket that leaves more than N MB of frames unread (default 4)
  --journal N        requests and socket events kept for GET /__mock/requests (default ${DEFAULT_JOURNAL_SIZE})
  --control-key KEY  key /__mock/* demands in the X-Mock-Key header (env NINEAPP_CONTROL_KEY);
                     generated and printed when --host is not loopback
  --quiet            no banner, no request log
  --no-read-lane     answer the hot reads through the full middleware chain too (slower; for
                     comparing answers or ruling the fast read path out when debugging)
  --strict           serve only what the docs document, refusing the extensions as a server
                     built to the docs would (env NINEAPP_STRICT=1)
  -h, --help         this text

Environment: NINEAPP_JWT_SECRET fixes the token signing secret.
Every seeded person logs in with the password "password123".`;

export class ConfigError extends Error {}

function integer(name: string, text: string | undefined, fallback: number, min = 0): number {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min)
    throw new ConfigError(`${name} must be an integer >= ${min}, got "${text}"`);
  return value;
}

/**
 * The only reader of `process.env` and the command line: the rest of the stand-in is given a
 * validated config. Throws ConfigError with a one-line reason on bad input; answers `'help'` for -h.
 */
export function parseConfig(argv: string[], env: NodeJS.ProcessEnv): StandInConfig | 'help' {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    throw new ConfigError(`${(error as Error).message} (see --help)`);
  }
  if (values.help) return 'help';
  const port = integer('--port', values.port ?? env.PORT, 8000);
  if (port > 65535) throw new ConfigError(`--port must be at most 65535, got ${port}`);
  return {
    host: values.host ?? env.HOST ?? '127.0.0.1',
    port,
    db: values.db ?? env.NINEAPP_DB ?? '.data/9app.sqlite',
    reset: values.reset ?? false,
    seed: integer('--seed', values.seed, DEFAULT_SEED.seed),
    users: integer('--users', values.users, DEFAULT_SEED.users, 2),
    messages: integer('--messages', values.messages, DEFAULT_SEED.messages),
    latencyMs: integer('--latency', values.latency, 0),
    maxUnreadBytes: integer('--socket-buffer-mb', values['socket-buffer-mb'], 4, 1) * 1024 * 1024,
    quiet: values.quiet ?? false,
    strict: values.strict ?? env.NINEAPP_STRICT === '1',
    secret: env.NINEAPP_JWT_SECRET || undefined,
    journal: integer('--journal', values.journal, DEFAULT_JOURNAL_SIZE),
    controlKey: values['control-key'] || env.NINEAPP_CONTROL_KEY || undefined,
    readLane: !values['no-read-lane'],
  };
}

function parse(argv: string[]) {
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
      'socket-buffer-mb': { type: 'string' },
      quiet: { type: 'boolean' },
      strict: { type: 'boolean' },
      journal: { type: 'string' },
      'control-key': { type: 'string' },
      'no-read-lane': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
