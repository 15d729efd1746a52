import { fileURLToPath } from 'node:url';
import { formatCoverageLine } from '../../spec/coverage/format.js';
import { CHECKS } from '../checks/index.js';
import { CoverageRecorder, recordCoverage } from '../client/coverage-recorder.js';
import type { Check, Report } from '../model/types.js';
import { formatConsoleReport } from '../report/console.js';
import { runDiff } from '../report/diff.js';
import { assertReportPathsWritable, writeReports } from '../report/files.js';
import { belowMinCoverage } from '../report/min-coverage.js';
import { redactor, secretsOf } from '../report/redact.js';
import { prepareContext, SetupError, type Target } from '../runner/context.js';
import { runChecks } from '../runner/run.js';
import { closeIds, selectChecks } from '../runner/select.js';
import { fuzzCommand } from './fuzz.js';
import { type CliOptions, parseOptions } from './options.js';
import { proxyCommand } from './proxy.js';

export const USAGE = `9app-conformance: check a server against the 9app API contract

Usage: 9app-conformance --base-url URL [credentials] [options]
       9app-conformance --list
       9app-conformance diff OLD.json NEW.json
       9app-conformance fuzz --base-url URL [credentials] [options]   (fuzz --help)
       9app-conformance proxy --target URL [--port 8080] [options]    (proxy --help)

Credentials (a flag wins over its environment variable; prefer the variables in CI):
  --user EMAIL:PASS     env NINEAPP_USER: the account the checks act as (POST /auth/login/)
  --peer EMAIL:PASS     env NINEAPP_PEER: a second account, the other side of conversations
  --token JWT           env NINEAPP_TOKEN: an access token instead of --user
                        (login and refresh checks are skipped)
  --peer-token JWT      env NINEAPP_PEER_TOKEN: an access token instead of --peer
  --expired-token JWT   env NINEAPP_EXPIRED_TOKEN: an access token this server issued that has
                        since expired; without it expiry is not checked (skip) and only a forged
                        signature is tried
  --jwt-secret SECRET   env NINEAPP_JWT_SECRET: the server's JWT signing secret; enables the
                        token-claim checks (correctly signed tokens with wrong claims), else skip

Options:
  --base-url URL        the server, e.g. https://staging.9app.co or https://host/api/
  --ws-url URL          the socket (default: the base URL, ws/wss, + /chat/room/ws/)
  --allow-writes        also run checks that change state (coins, settings, chat messages, the
                        peer's deactivation); each puts back what it changed where the API lets
                        it (btc ends enabled, the peer ends active), and says so when it could not
  --only PATTERN        run only checks whose id contains PATTERN (or matches it, with *)
  --list                print every check id with its title (with --only, the selected ones)
  --timeout MS          per request and per socket wait (default 5000)
  --echo-window MS      watch the sender's socket for an echo at least this long (default 1000;
                        longer when delivery is slow: 5x the measured delivery time)
  --strict              fail the run on unconfirmed results too
  --min-coverage PCT    exit 1 when the run's overall contract coverage is below PCT percent
                        (the mean of its dimensions: operations, operation x status, fields, frame
                        kinds, error and close codes; the JSON report's \`coverage\` has them all)
  --json FILE           write the JSON report (what diff compares)
  --junit FILE          write a JUnit XML report
  --html FILE           write a self-contained HTML report (one file, readable offline)
  --verbose             list passing checks too
  -h, --help            this text

Outcomes: pass, fail, warning (a failed advisory), unconfirmed (only an assumption of the
contract was broken, see spec/DECISIONS.md: the docs or the contract may be incomplete), skip
(with the reason), observed (what the server does where the docs are silent: recorded, never
judged). Passwords and tokens never appear in any output:
each failure's replay line uses $TOKEN, $PEER_TOKEN, $PASSWORD... instead.

Exit codes: 0 every required check passed (warnings and unconfirmed allowed unless --strict),
1 a check failed (diff: a new failure), 2 the suite could not run or nothing ran.`;

function listChecks(checks: readonly Check[]): string {
  const width = Math.max(...checks.map((c) => c.id.length));
  return checks.map((c) => `${c.id.padEnd(width)}  ${c.title}`).join('\n');
}

/** Fails before the first request when --only selects nothing: a typo must not pass CI. */
function assertSelection(only: string | undefined): void {
  if (selectChecks(CHECKS, only).length > 0 || only === undefined) return;
  const close = closeIds(
    only,
    CHECKS.map((c) => c.id),
  );
  throw new SetupError(
    `--only "${only}" matches no check; ${close.length ? `close ids: ${close.join(', ')}` : 'see --list for every id'}`,
  );
}

/** Why a run in which nothing ran cannot count as green: the skip reasons, counted. */
function nothingRan(report: Report): string | undefined {
  if (report.checks.some((c) => c.outcome !== 'skip')) return undefined;
  const reasons = new Map<string, number>();
  for (const c of report.checks)
    reasons.set(c.actual ?? 'skipped', (reasons.get(c.actual ?? 'skipped') ?? 0) + 1);
  const why = [...reasons].map(([reason, n]) => `${n} × ${reason}`).join('; ');
  return `nothing ran: every selected check was skipped (${why || 'no checks selected'})`;
}

async function check(options: CliOptions, print: (line: string) => void): Promise<number> {
  if (!options.target) throw new SetupError('--base-url http(s)://host is required');
  assertSelection(options.only);
  assertReportPathsWritable(options.reports);
  const coverage = new CoverageRecorder(options.target.baseUrl);
  const target = options.target;
  const ctx = await recordCoverage(coverage, () => prepareContext(target));
  const report = await runChecks(ctx, { only: options.only, coverage });
  print(formatConsoleReport(report, { verbose: options.verbose }));
  if (report.coverage) print(formatCoverageLine(report.coverage));
  writeReports(report, options.reports, { strict: options.strict });
  const idle = nothingRan(report);
  if (idle) throw new SetupError(idle);
  const { failed, unconfirmed } = report.summary;
  const short = belowMinCoverage(report.coverage, options.minCoverage);
  if (short) print(short);
  return failed > 0 || (options.strict && unconfirmed > 0) || short ? 1 : 0;
}

/** Replaces the target's passwords and tokens in every line printed. */
function redactorFor(target: Target): (text: string) => string {
  return redactor(
    secretsOf({
      user: 'token' in target.user ? target.user : { password: target.user.password },
      peer: 'token' in target.peer ? target.peer : { password: target.peer.password },
      expiredToken: target.expiredToken,
      jwtSecret: target.jwtSecret,
    }),
  );
}

/**
 * Parses, runs, writes the reports; answers the exit code. Prints, never throws, and every line
 * it prints has passed the redactor: no password or token reaches a CI log.
 */
export async function main(
  argv: string[],
  print: (line: string) => void = console.log,
  printError: (line: string) => void = console.error,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  let redact = (text: string) => text;
  const say = (line: string) => print(redact(line));
  try {
    if (argv[0] === 'diff') return runDiff(argv.slice(1), say);
    if (argv[0] === 'proxy') return await proxyCommand(argv.slice(1), say);
    if (argv[0] === 'fuzz')
      return await fuzzCommand(argv.slice(1), env, say, (target) => {
        redact = redactorFor(target);
      });
    const options = parseOptions(argv, env);
    if (options.target) redact = redactorFor(options.target);
    if (options.help) say(USAGE);
    else if (options.list) {
      assertSelection(options.only);
      say(listChecks(selectChecks(CHECKS, options.only)));
    } else return await check(options, say);
    return 0;
  } catch (error) {
    const badArguments = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    const known = error instanceof SetupError || badArguments;
    // Exit 2 is always one line: a stack trace would bury the reason (and could carry a secret).
    const message = `${(error as Error).message?.split('\n')[0] ?? String(error)}${badArguments ? ' (see --help)' : ''}`;
    printError(redact(`9app-conformance: ${known ? message : `unexpected error: ${message}`}`));
    return 2;
  }
}

// Run when started as a script (npm run conformance); the bin and the tests import main() instead.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
