import { closeSync, copyFileSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type HttpFigures, type LoadTarget, measureHttp } from '../http-load.js';
import { bearerFor, UDO } from '../people.js';
import {
  type Child,
  freePort,
  spawnLoggingStandIn,
  spawnStandIn,
  waitForOk,
} from '../processes.js';
import { figure as f, type Section, table } from '../section.js';
import { routesFor, seedHttpDatabase } from './http.js';

/** Rounds of one load on each server; the order swaps each round, so a slow spell hits both. */
const ROUNDS = 6;
const WARM_UP_SECONDS = 1;

type Figures = HttpFigures & { cpuUsPerRequest: number };

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** Request lines in a log (`GET /path 200 0.3ms`), not the banner's. */
const requestLines = (text: string) =>
  text.split('\n').filter((line) => /^[A-Z]+ \/\S* \d{3} /.test(line));

/** CPU milliseconds (user + system) the process has used, from /proc (Linux, as peak RSS). */
function cpuMs(pid: number | undefined): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms
}

/** The docs conversation (the HTTP section's first route), with a token the server signed. */
async function docsConversation(server: Child): Promise<LoadTarget & { name: string }> {
  await waitForOk(`${server.url}/openapi.json`, server.startedAt);
  // Each server settles its own signing secret on its first start, so each needs its own token.
  const route = routesFor(await bearerFor(server.url, UDO.email))[0];
  if (!route) throw new Error('request log: the HTTP section lists no routes');
  return route;
}

/**
 * Load on one server, with the CPU it spent per answer: unlike req/s, that barely moves when other
 * work shares the machine, so it says what the log costs even on a busy one.
 */
async function measure(server: Child, route: LoadTarget, seconds: number): Promise<Figures> {
  const before = cpuMs(server.process.pid);
  const figures = await measureHttp(server.url, route, { seconds });
  const cpu = cpuMs(server.process.pid) - before;
  return { ...figures, cpuUsPerRequest: (cpu * 1000) / Math.max(1, figures.requests) };
}

/** Runs `a` then `b`, or `b` then `a`; answers their results as `[a, b]` either way. */
async function bothInOrder<T>(a: () => Promise<T>, b: () => Promise<T>, swap: boolean) {
  if (!swap) return [await a(), await b()] as const;
  const second = await b();
  return [await a(), second] as const;
}

/**
 * What the request log costs: the docs conversation on the built stand-in with its log on and
 * stdout written to a file (as `npm start > standin.log` runs it), against the same build with
 * `--quiet`, in the same run. Each server gets a warm-up, then the two alternate. The log file is
 * read after the logging server stopped (SIGTERM), so the row also says whether every request the
 * load client saw answered left its line.
 */
export const requestLogSection: Section = {
  name: 'request log',
  async run({ seconds, dir, log }) {
    const quietDb = join(dir, 'request-log-quiet.sqlite');
    const loggedDb = join(dir, 'request-log-on.sqlite');
    await seedHttpDatabase(quietDb);
    copyFileSync(quietDb, loggedDb);
    const logPath = join(dir, 'standin.log');
    const logFd = openSync(logPath, 'w');
    const quiet = spawnStandIn(await freePort(), quietDb);
    const logged = spawnLoggingStandIn(await freePort(), loggedDb, logFd);
    closeSync(logFd); // the child has its own
    try {
      const quietRoute = await docsConversation(quiet);
      const loggedRoute = await docsConversation(logged);
      log(`request log: ${quietRoute.name}, ${ROUNDS} rounds after a ${WARM_UP_SECONDS} s warm-up`);
      await measureHttp(quiet.url, quietRoute, { seconds: WARM_UP_SECONDS });
      let answered = (await measureHttp(logged.url, loggedRoute, { seconds: WARM_UP_SECONDS }))
        .requests;
      const runs: { quiet: Figures; logged: Figures }[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        const [q, l] = await bothInOrder(
          () => measure(quiet, quietRoute, seconds),
          () => measure(logged, loggedRoute, seconds),
          round % 2 === 1,
        );
        runs.push({ quiet: q, logged: l });
        answered += l.requests;
      }
      await logged.stop(); // SIGTERM: the stand-in writes what its log still holds, then exits
      const lines = requestLines(readFileSync(logPath, 'utf8'));

      type Run = (typeof runs)[number];
      const average = (pick: (run: Run) => number) => mean(runs.map(pick));
      const ratios = runs.map((run) => run.logged.rps / run.quiet.rps);
      const results = {
        route: quietRoute.name,
        quiet: runs.map((run) => run.quiet),
        logged: runs.map((run) => run.logged),
        ratio: average((run) => run.logged.rps) / average((run) => run.quiet.rps),
        round_ratios: ratios,
        cpu_ratio: average((run) => run.logged.cpuUsPerRequest / run.quiet.cpuUsPerRequest),
        log_lines: lines.length,
        logged_requests_answered: answered,
      };
      const row = (mode: string, pick: (run: Run) => Figures) => [
        mode,
        f(average((run) => pick(run).rps)),
        runs.map((run) => f(pick(run).rps)).join(', '),
        `${f(average((run) => pick(run).p50))} / ${f(average((run) => pick(run).p99))}`,
        f(
          average((run) => pick(run).cpuUsPerRequest),
          1,
        ),
        String(runs.reduce((sum, run) => sum + pick(run).non2xx + pick(run).errors, 0)),
      ];
      return {
        key: 'request_log',
        results,
        lines: [
          `Request log: ${quietRoute.name}, 50 connections, ${ROUNDS} rounds of ${seconds} s each`,
          ...table(
            ['stand-in', 'req/s', 'rounds', 'p50/p99 ms', 'CPU µs/req', 'non-2xx'],
            [
              row('--quiet', (run) => run.quiet),
              row('log on, stdout to a file', (run) => run.logged),
            ],
          ),
          `Log on / --quiet: ${f(results.ratio, 2)} of the req/s (rounds ${ratios.map((r) => f(r, 2)).join(', ')}), ${f(results.cpu_ratio, 2)}× the CPU per request`,
          `The log file has ${f(lines.length)} request lines for the ${f(answered)} requests the load client saw answered`,
        ],
      };
    } finally {
      await Promise.all([quiet.stop(), logged.stop()]);
    }
  },
};
