import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { ReportPaths } from '../report/files.js';
import { SetupError, type Target } from '../runner/context.js';

export interface CliOptions {
  help: boolean;
  list: boolean;
  verbose: boolean;
  /** `unconfirmed` fails the run too. */
  strict: boolean;
  only?: string;
  /** Exit 1 when the run's overall coverage is below this percentage (D137, D141). */
  minCoverage?: number;
  reports: ReportPaths;
  target?: Target;
}

/** The environment variables read for credentials: CI secrets, so they never show in a command line. */
export const CREDENTIAL_ENV = {
  user: 'NINEAPP_USER',
  peer: 'NINEAPP_PEER',
  token: 'NINEAPP_TOKEN',
  peerToken: 'NINEAPP_PEER_TOKEN',
  expiredToken: 'NINEAPP_EXPIRED_TOKEN',
  jwtSecret: 'NINEAPP_JWT_SECRET',
} as const;

type Env = Record<string, string | undefined>;

/** A flag wins over its variable; an access token wins over EMAIL:PASSWORD (as it always has). */
function account(
  who: 'user' | 'peer',
  flags: { spec?: string; token?: string },
  env: Env,
): Target['user'] {
  const [specFlag, tokenFlag] = who === 'user' ? ['--user', '--token'] : ['--peer', '--peer-token'];
  const [specVar, tokenVar] =
    who === 'user'
      ? [CREDENTIAL_ENV.user, CREDENTIAL_ENV.token]
      : [CREDENTIAL_ENV.peer, CREDENTIAL_ENV.peerToken];
  const fromFlags = flags.token || flags.spec;
  const token = fromFlags ? flags.token : env[tokenVar];
  const spec = fromFlags ? flags.spec : env[specVar];
  if (token) return { token };
  if (!spec)
    throw new SetupError(
      `${specFlag} EMAIL:PASSWORD (env ${specVar}) or ${tokenFlag} JWT (env ${tokenVar}) is required`,
    );
  const at = spec.indexOf(':');
  // Given but unusable: say so, never "required" (the value itself is a secret: not echoed).
  if (at <= 0 || at === spec.length - 1)
    throw new SetupError(
      `${fromFlags ? specFlag : `env ${specVar}`} is malformed: expected EMAIL:PASSWORD (${at < 0 ? 'no ":" in it' : at === 0 ? 'nothing before ":"' : 'nothing after ":"'})`,
    );
  return { email: spec.slice(0, at), password: spec.slice(at + 1) };
}

/** Every flag the command takes (parseArgs' `options`). */
export const FLAGS = {
  'base-url': { type: 'string' },
  user: { type: 'string' },
  peer: { type: 'string' },
  token: { type: 'string' },
  'peer-token': { type: 'string' },
  'expired-token': { type: 'string' },
  'jwt-secret': { type: 'string' },
  'ws-url': { type: 'string' },
  'allow-writes': { type: 'boolean' },
  only: { type: 'string' },
  list: { type: 'boolean' },
  timeout: { type: 'string' },
  junit: { type: 'string' },
  json: { type: 'string' },
  html: { type: 'string' },
  verbose: { type: 'boolean' },
  strict: { type: 'boolean' },
  'echo-window': { type: 'string' },
  'min-coverage': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** The flag closest to an unknown one, when it is close enough to be a typo. */
function closestFlag(unknown: string): string | undefined {
  const names = Object.keys(FLAGS).map((name) => `--${name}`);
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let diagonal = row[0] ?? 0;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const above = row[j] ?? 0;
        row[j] = Math.min(
          above + 1,
          (row[j - 1] ?? 0) + 1,
          diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
        );
        diagonal = above;
      }
    }
    return row[b.length] ?? 0;
  };
  const [best] = names
    .map((name) => ({ name, score: distance(unknown, name) }))
    .sort((a, b) => a.score - b.score);
  return best && best.score <= Math.max(2, Math.floor(unknown.length / 4)) ? best.name : undefined;
}

/** parseArgs, with an unknown flag answered by the closest known one. */
function parseKnown(argv: string[]) {
  try {
    return parseArgs({ args: argv, strict: true, options: FLAGS });
  } catch (error) {
    const unknown = /Unknown option '(--?[^']+)'/.exec((error as Error).message)?.[1];
    const close = unknown && closestFlag(unknown.split('=')[0] ?? unknown);
    if (close)
      throw new SetupError(`unknown option '${unknown}': did you mean ${close}? (see --help)`);
    throw error;
  }
}

/**
 * `--min-coverage PCT`: a percentage, decimals and a trailing `%` allowed. Above 100 is accepted and
 * can never be met (a run that must fail on coverage, as the tests use it).
 */
export function minCoverageOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const percent = Number(value.trim().replace(/%$/, ''));
  if (value.trim() === '' || !Number.isFinite(percent) || percent < 0)
    throw new SetupError(`--min-coverage must be a percentage (0 to 100), got ${value}`);
  return percent;
}

/** Reads the command line and the environment; bad input is a SetupError with one clear line. */
export function parseOptions(argv: string[], env: Env): CliOptions {
  const { values } = parseKnown(argv);
  const options: CliOptions = {
    help: values.help ?? false,
    list: values.list ?? false,
    verbose: values.verbose ?? false,
    strict: values.strict ?? false,
    only: values.only,
    minCoverage: minCoverageOf(values['min-coverage']),
    reports: { json: values.json, junit: values.junit, html: values.html },
  };
  if (options.help || options.list) return options;
  const baseUrl = values['base-url'];
  if (!baseUrl || !/^https?:\/\/[^/]/.test(baseUrl))
    throw new SetupError('--base-url http(s)://host is required');
  const timeoutMs = Number(values.timeout ?? 5000);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0)
    throw new SetupError(`--timeout must be a positive integer, got ${values.timeout}`);
  const echoWindowMs =
    values['echo-window'] === undefined ? undefined : Number(values['echo-window']);
  if (echoWindowMs !== undefined && (!Number.isInteger(echoWindowMs) || echoWindowMs < 0))
    throw new SetupError(
      `--echo-window must be a whole number of milliseconds, got ${values['echo-window']}`,
    );
  options.target = {
    baseUrl,
    wsUrl: values['ws-url'],
    user: account('user', { spec: values.user, token: values.token }, env),
    peer: account('peer', { spec: values.peer, token: values['peer-token'] }, env),
    allowWrites: values['allow-writes'] ?? false,
    expiredToken: values['expired-token'] ?? (env[CREDENTIAL_ENV.expiredToken] || undefined),
    jwtSecret: values['jwt-secret'] ?? (env[CREDENTIAL_ENV.jwtSecret] || undefined),
    echoWindowMs,
    timeoutMs,
  };
  return options;
}
