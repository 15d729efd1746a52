import { parseArgs } from 'node:util';
import { formatCoverageLine } from '../../spec/coverage/format.js';
import { CoverageRecorder, recordCoverage } from '../client/coverage-recorder.js';
import {
  createBudget,
  DEFAULT_MAX_CASES,
  DEFAULT_TIME_SECONDS,
  progressLine,
  ttyProgress,
} from '../fuzz/budget.js';
import { findingLine, replayFlagsOf } from '../fuzz/findings.js';
import { runFuzz, selectsAnything } from '../fuzz/run.js';
import { formatConsoleReport } from '../report/console.js';
import { assertReportPathsWritable, writeReports } from '../report/files.js';
import { belowMinCoverage } from '../report/min-coverage.js';
import { prepareContext, SetupError, type Target } from '../runner/context.js';
import { parseOptions } from './options.js';

export const FUZZ_USAGE = `9app-conformance fuzz: generated requests and frames from the contract

Usage: 9app-conformance fuzz --base-url URL [credentials] [options]
       9app-conformance fuzz --base-url URL [credentials] --replay CASE_ID --seed N

Takes the main suite's credentials, --allow-writes, --strict, --timeout, --min-coverage, --json,
--junit, --html and exit codes (0 nothing failed, 1 a failure, 2 could not run), and:
  --seed N          the run's seed (default: random, printed); the same seed against the same
                    server state repeats the run exactly
  --max-cases N     generated cases per operation and per socket property (default ${DEFAULT_MAX_CASES})
  --time SECONDS    stop generating after this long (default ${DEFAULT_TIME_SECONDS})
  --only PATTERN    an operation id (getMessages), socket (frames), handshake, links, or a
                    pattern with *
  --replay CASE_ID  send one finding's case again (with the --seed it was found with): an HTTP
                    case (getMessages#0:12:3), a socket or handshake case (socket#1:4:0)
  --jwt-secret S    (the main suite's) also generates correctly signed tokens with edited
                    claims, for HTTP auth and the socket handshake; without it they are skipped

Read-only unless --allow-writes: writes (coins, settings, chat messages) are generated only then,
settings are put back afterwards, and the run never deactivates its own accounts.`;

const FUZZ_FLAGS = {
  seed: { type: 'string' },
  'max-cases': { type: 'string' },
  time: { type: 'string' },
  replay: { type: 'string' },
} as const;

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new SetupError(`--${name} must be a positive integer, got ${value}`);
  return n;
}

/** Splits fuzz's own flags from the main suite's, which parseOptions reads as it always has. */
function splitArgs(argv: string[]) {
  const own: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i]?.replace(/^--/, '').split('=')[0] ?? '';
    const target = name in FUZZ_FLAGS ? own : rest;
    target.push(argv[i] as string);
    if (name in FUZZ_FLAGS && !argv[i]?.includes('=') && i + 1 < argv.length)
      target.push(argv[++i] as string);
  }
  return { own: parseArgs({ args: own, strict: true, options: FUZZ_FLAGS }).values, rest };
}

/** `9app-conformance fuzz …`: runs, prints, writes the reports; answers the exit code. */
export async function fuzzCommand(
  argv: string[],
  env: Record<string, string | undefined>,
  say: (line: string) => void,
  redactWith: (target: Target) => void,
): Promise<number> {
  const { own, rest } = splitArgs(argv);
  const options = parseOptions(rest, env);
  if (options.target) redactWith(options.target);
  if (options.help) {
    say(FUZZ_USAGE);
    return 0;
  }
  if (!options.target) throw new SetupError('--base-url http(s)://host is required');
  if (own.replay !== undefined && own.seed === undefined)
    throw new SetupError('--replay needs the --seed the case was found with');
  if (own.replay === undefined && !selectsAnything(options.only))
    throw new SetupError(
      `--only ${options.only} selects nothing: give an operation id (getMessages), socket, handshake, links, or a pattern with *`,
    );
  assertReportPathsWritable(options.reports);
  const seed = own.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(own.seed);
  if (!Number.isInteger(seed)) throw new SetupError(`--seed must be an integer, got ${own.seed}`);
  const budget = createBudget(
    positive('max-cases', own['max-cases'], DEFAULT_MAX_CASES),
    positive('time', own.time, DEFAULT_TIME_SECONDS),
    ttyProgress(),
  );
  const target = options.target;
  const coverage = new CoverageRecorder(target.baseUrl);
  const ctx = await recordCoverage(coverage, () => prepareContext(target));
  say(`fuzz: seed ${seed}`);
  const fuzzed = await recordCoverage(coverage, () =>
    runFuzz(ctx, {
      seed,
      budget,
      only: options.only,
      replay: own.replay,
      onFinding: (f) => say(findingLine(f, replayFlagsOf(ctx))),
    }),
  );
  // The tally a terminal saw as it went, once more for logs: what was sent, at what rate.
  say(progressLine(budget));
  // Generated bodies name no secret; the report was redacted before coverage joined it.
  const report = { ...fuzzed, coverage: coverage.snapshot() };
  say(formatConsoleReport(report, { verbose: options.verbose }));
  say(formatCoverageLine(report.coverage));
  writeReports(report, options.reports, { strict: options.strict });
  if (report.checks.length === 0) {
    say('fuzz: nothing ran (see --only): no result to report');
    return 2;
  }
  const { failed, unconfirmed } = report.summary;
  const short = belowMinCoverage(report.coverage, options.minCoverage);
  if (short) say(short);
  return failed > 0 || (options.strict && unconfirmed > 0) || short ? 1 : 0;
}
