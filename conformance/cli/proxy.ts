import { parseArgs } from 'node:util';
import { formatCoverageText } from '../../spec/coverage/format.js';
import { SetupError } from '../model/setup-error.js';
import { findingLine } from '../proxy/live-log.js';
import { proxyReport } from '../proxy/reports.js';
import { startProxy } from '../proxy/server.js';
import { assertReportPathsWritable, type ReportPaths, writeReports } from '../report/files.js';
import { belowMinCoverage } from '../report/min-coverage.js';
import { minCoverageOf } from './options.js';

export const PROXY_USAGE = `9app-conformance proxy: watch real traffic against the contract

Usage: 9app-conformance proxy --target URL [--port 8080] [--host 127.0.0.1] [options]

Point the app (its API base URL and its socket URL) at the proxy instead of the server. Every HTTP
request (a GET with a body included) and the chat socket (handshake, every frame both ways, close
codes) go to --target unchanged, and each exchange is judged against the contract:
  client side   request body, path and query parameters, socket frames vs chat_message
                (a frontend bug; rules named client.*)
  server side   status, content type, envelope, body, socket frames, close codes (backend drift)
Each finding prints once as it happens (again at x10, x100...), counted by (operation, rule).
GET /__proxy/findings answers them as JSON while it runs; /__proxy/... is never forwarded.

Options:
  --target URL      the server: http(s)://host, or with a path prefix (https://host/api/)
  --port N          where the proxy listens (default 8080; 0 picks a free port)
  --host HOST       the address it listens on (default 127.0.0.1)
  --json FILE       on Ctrl-C or SIGTERM, write the JSON report (what diff compares)
  --junit FILE      ... a JUnit XML report
  --html FILE       ... a self-contained HTML report
  --strict          exit 1 on unconfirmed findings too
  --min-coverage PCT  exit 1 when the traffic covered less than PCT% of the contract overall
                    (GET /__proxy/coverage while it runs; the reports carry it too)
  -h, --help        this text

Tokens and passwords seen in the traffic never appear in any output: a finding's curl replay uses
$TOKEN (that request's own token) and $PASSWORD.

Exit codes (on Ctrl-C or SIGTERM): 0 no failure, 1 a finding failed (--strict: or was
unconfirmed; or coverage below --min-coverage), 2 the proxy could not start (bad --target, port in use) or no traffic went through.`;

const FLAGS = {
  target: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  json: { type: 'string' },
  junit: { type: 'string' },
  html: { type: 'string' },
  strict: { type: 'boolean' },
  'min-coverage': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function targetOf(value: string | undefined): URL {
  if (!value) throw new SetupError('--target http(s)://host is required');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SetupError(`--target must be an http(s) URL, got ${value}`);
  }
  if (!/^https?:$/.test(url.protocol) || !url.hostname)
    throw new SetupError(`--target must be an http(s) URL, got ${value}`);
  if (url.search || url.hash)
    throw new SetupError(`--target takes no query or fragment, got ${value}`);
  return url;
}

function portOf(value: string | undefined): number {
  if (value === undefined) return 8080;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new SetupError(`--port must be a whole number from 0 to 65535, got ${value}`);
  return port;
}

/** The first SIGINT or SIGTERM: the proxy's only way to end, as a long-running watcher. */
export const nextSignal = (): Promise<string> =>
  new Promise((resolve) => {
    const once = (signal: NodeJS.Signals) => {
      process.off('SIGINT', once);
      process.off('SIGTERM', once);
      resolve(signal);
    };
    process.on('SIGINT', once);
    process.on('SIGTERM', once);
  });

/**
 * `9app-conformance proxy …`: starts the proxy, prints each finding as it happens and, on the
 * first signal, writes the reports and answers the exit code. `stopped` is the signal to wait for
 * (tests pass their own).
 */
export async function proxyCommand(
  argv: string[],
  say: (line: string) => void,
  stopped: () => Promise<string> = nextSignal,
): Promise<number> {
  const { values } = parseArgs({ args: argv, strict: true, options: FLAGS });
  if (values.help) {
    say(PROXY_USAGE);
    return 0;
  }
  const target = targetOf(values.target);
  const port = portOf(values.port);
  const host = values.host ?? '127.0.0.1';
  const minCoverage = minCoverageOf(values['min-coverage']);
  const reports: ReportPaths = { json: values.json, junit: values.junit, html: values.html };
  assertReportPathsWritable(reports);
  const startedAt = new Date().toISOString();
  const signal = stopped();
  let redact = (text: string) => text;
  const proxy = await startProxy({
    target,
    host,
    port,
    onFinding: (finding, isNew) => say(redact(findingLine(finding, isNew))),
    log: (line) => say(redact(`proxy: ${line}`)),
  }).catch((error: Error) => {
    throw new SetupError(error.message);
  });
  redact = proxy.runtime.secrets.everywhere();
  say(
    `proxy: ${proxy.url} → ${target.href} (socket: ${proxy.url.replace(/^http/, 'ws')}/…); findings at ${proxy.url}/__proxy/findings; Ctrl-C writes the reports`,
  );
  const why = await signal;
  await proxy.close();
  const report = proxyReport(proxy.runtime, startedAt, minCoverage);
  writeReports(report, reports, { strict: values.strict });
  const { failed, unconfirmed, warnings } = report.summary;
  const { http, sockets, frames } = proxy.runtime.counts;
  say(
    `proxy: stopped (${why}): ${http} HTTP exchange(s), ${sockets} socket(s), ${frames} frame(s); ${failed} failed, ${unconfirmed} unconfirmed, ${warnings} warning(s)`,
  );
  if (http + sockets === 0) throw new SetupError('nothing ran: no traffic went through the proxy');
  say(formatCoverageText(proxy.runtime.coverage.snapshot(), { source: 'the proxy' }).trimEnd());
  // The same parsing and threshold as the suite and fuzz (D141): one rule for every command.
  const short = belowMinCoverage(report.coverage, minCoverage);
  if (short) say(short);
  return failed > 0 || (values.strict && unconfirmed > 0) || short ? 1 : 0;
}
