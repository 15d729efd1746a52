import { parseArgs } from 'node:util';
import type { ReportPaths } from '../report/files.js';
import { SetupError, type Target } from '../runner/context.js';

export interface CliOptions {
  help: boolean;
  list: boolean;
  verbose: boolean;
  /** `unconfirmed` fails the run too. */
  strict: boolean;
  only?: string;
  reports: ReportPaths;
  target?: Target;
}

/** The environment variables read for credentials: CI secrets, so they never show in a command line. */
export const CREDENTIAL_ENV = {
  user: 'NINEAPP_USER',
  peer: 'NINEAPP_PEER',
  token: 'NINEAPP_TOKEN',
  peerToken: 'NINEAPP_PEER_TOKEN',
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
  const at = spec?.indexOf(':') ?? -1;
  if (!spec || at <= 0)
    throw new SetupError(
      `${specFlag} EMAIL:PASSWORD (env ${specVar}) or ${tokenFlag} JWT (env ${tokenVar}) is required`,
    );
  return { email: spec.slice(0, at), password: spec.slice(at + 1) };
}

/** Reads the command line and the environment; bad input is a SetupError with one clear line. */
export function parseOptions(argv: string[], env: Env): CliOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      'base-url': { type: 'string' },
      user: { type: 'string' },
      peer: { type: 'string' },
      token: { type: 'string' },
      'peer-token': { type: 'string' },
      'expired-token': { type: 'string' },
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
      help: { type: 'boolean', short: 'h' },
    },
  });
  const options: CliOptions = {
    help: values.help ?? false,
    list: values.list ?? false,
    verbose: values.verbose ?? false,
    strict: values.strict ?? false,
    only: values.only,
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
    expiredToken: values['expired-token'],
    echoWindowMs,
    timeoutMs,
  };
  return options;
}
