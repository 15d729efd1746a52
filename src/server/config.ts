import { parseArgs } from 'node:util';
import { type LikeReport, LikeReportError, readLikeReport } from '../policy/like-report.js';
import { SOCKET_ERROR_POLICIES, type SocketErrorPolicy } from '../policy/policies.js';
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
  /** `--socket-errors` / NINEAPP_SOCKET_ERRORS: one answer for every refused frame (D120). */
  socketErrors?: SocketErrorPolicy;
  /** `--like REPORT.json`: a conformance report whose observations the stand-in adopts (D125). */
  like?: LikeReport;
  /** `--break-assumptions`: serve data that breaks the contract's assumptions (D126). */
  breakAssumptions?: boolean;
  /** `--break-rate R`: the share of records broken, 0–1 (default 0.2). */
  breakRate?: number;
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
  --socket-errors P  what a frame the socket cannot act on gets: frame (an error frame; lenient's
                     default), close (1011, as Channels), silent (nothing); strict's default is
                     Channels': close, and silence for an unknown action (env NINEAPP_SOCKET_ERRORS)
  --like REPORT      behave like the server a conformance JSON report observed (its observations:
                     socket errors, error bodies, paths without a slash, unknown routes)
  --break-assumptions  serve values that break the contract's assumptions (x-assumed): nulls,
                     unlisted enum values, long strings, in a share of records fixed by --seed
  --break-rate R     that share, 0 to 1 (default 0.2; POST /__mock/assumptions changes it)
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
    socketErrors: socketErrors(values['socket-errors'] ?? env.NINEAPP_SOCKET_ERRORS),
    like: values.like === undefined ? undefined : likeReport(values.like),
    breakAssumptions: values['break-assumptions'] ?? false,
    breakRate: rate(values['break-rate']),
  };
}

function socketErrors(text: string | undefined): SocketErrorPolicy | undefined {
  if (text === undefined || text === '') return undefined;
  if ((SOCKET_ERROR_POLICIES as readonly string[]).includes(text)) return text as SocketErrorPolicy;
  throw new ConfigError(
    `--socket-errors must be one of ${SOCKET_ERROR_POLICIES.join(', ')}, got "${text}"`,
  );
}

function likeReport(file: string): LikeReport {
  try {
    return readLikeReport(file);
  } catch (error) {
    if (error instanceof LikeReportError) throw new ConfigError(error.message);
    throw error;
  }
}

function rate(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text === '' || !(value >= 0 && value <= 1))
    throw new ConfigError(`--break-rate must be a number from 0 to 1, got "${text}"`);
  return value;
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
      'socket-errors': { type: 'string' },
      like: { type: 'string' },
      'break-assumptions': { type: 'boolean' },
      'break-rate': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
