import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { prepareContext, SetupError, type Target } from './context.js';
import { formatConsoleReport } from './report/console.js';
import { formatJunitReport } from './report/junit.js';
import { runChecks } from './run.js';

export const USAGE = `9app-conformance: check a server against the 9app API contract

Usage: 9app-conformance --base-url URL (--user EMAIL:PASSWORD | --token JWT) (--peer EMAIL:PASSWORD | --peer-token JWT) [options]

  --base-url URL        the server, e.g. https://staging.9app.co
  --user EMAIL:PASS     the account the checks act as (logged in with POST /auth/login/)
  --peer EMAIL:PASS     a second account: the other side of conversations and socket exchanges
  --token JWT           an access token instead of --user (login and refresh checks are skipped)
  --peer-token JWT      an access token instead of --peer
  --expired-token JWT   an access token this server issued that has since expired; without it
                        expiry is not checked (skip), only a token with a forged signature is
  --echo-window MS      watch the sender's socket for an echo at least this long (default 1000;
                        longer when delivery is slow: 5x the measured delivery time)
  --ws-url URL          the socket (default: the base URL's host, ws/wss, /chat/room/ws/)
  --allow-writes        also run checks that change state (coins, settings, chat messages);
                        each puts back what it changed where the API lets it (btc ends enabled)
  --only PATTERN        run only checks whose id contains PATTERN (or matches it, with *)
  --timeout MS          per request and per socket wait (default 5000)
  --junit FILE          write a JUnit XML report
  --json FILE           write the JSON report
  --strict              fail the run on unconfirmed results too (constraints the contract only
                        assumed, see spec/DECISIONS.md)
  --verbose             list passing checks too
  -h, --help            this text

Outcomes: pass, fail, unconfirmed (the server broke only what the contract assumed, not what the
docs state: the docs or the contract may be incomplete), skip (with the reason).

Exit codes: 0 every required check passed (warnings and unconfirmed allowed unless --strict),
1 a check failed, 2 the suite could not run.`;

function account(
  spec: string | undefined,
  token: string | undefined,
  flag: string,
): Target['user'] {
  if (token) return { token };
  const at = spec?.indexOf(':') ?? -1;
  if (!spec || at <= 0)
    throw new SetupError(
      `${flag} EMAIL:PASSWORD or ${flag === '--user' ? '--token' : '--peer-token'} JWT is required`,
    );
  return { email: spec.slice(0, at), password: spec.slice(at + 1) };
}

/** Parses, runs, writes the reports; answers the exit code. Prints, never throws. */
export async function main(
  argv: string[],
  print: (line: string) => void = console.log,
  printError: (line: string) => void = console.error,
): Promise<number> {
  try {
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
        timeout: { type: 'string' },
        junit: { type: 'string' },
        json: { type: 'string' },
        verbose: { type: 'boolean' },
        strict: { type: 'boolean' },
        'echo-window': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      print(USAGE);
      return 0;
    }
    const baseUrl = values['base-url'];
    if (!baseUrl || !/^https?:\/\//.test(baseUrl))
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
    const ctx = await prepareContext({
      baseUrl,
      wsUrl: values['ws-url'],
      user: account(values.user, values.token, '--user'),
      peer: account(values.peer, values['peer-token'], '--peer'),
      allowWrites: values['allow-writes'] ?? false,
      expiredToken: values['expired-token'],
      echoWindowMs,
      timeoutMs,
    });
    const report = await runChecks(ctx, { only: values.only });
    print(formatConsoleReport(report, { verbose: values.verbose }));
    const strict = values.strict ?? false;
    if (values.junit) writeFileSync(values.junit, formatJunitReport(report, { strict }));
    if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
    const { failed, unconfirmed } = report.summary;
    return failed > 0 || (strict && unconfirmed > 0) ? 1 : 0;
  } catch (error) {
    const known =
      error instanceof SetupError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    printError(
      `9app-conformance: ${known ? (error as Error).message : `unexpected error: ${(error as Error).stack}`}`,
    );
    return 2;
  }
}

// Run when started as a script (npm run conformance); the bin and the tests import main() instead.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
