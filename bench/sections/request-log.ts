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

/** Rounds of quiet-then-logged (the order swaps each round), so a slow spell hits both. */
const ROUNDS = 3;
const WARM_UP_SECONDS = 1;

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** Request lines in a log (`GET /path 200 0.3ms`), not the banner's. */
const requestLines = (text: string) =>
  text.split('\n').filter((line) => /^[A-Z]+ \/\S* \d{3} /.test(line));

/** The docs conversation (the HTTP section's first route), with a token the server signed. */
async function docsConversation(server: Child): Promise<LoadTarget & { name: string }> {
  await waitForOk(`${server.url}/openapi.json`, server.startedAt);
  // Each server settles its own signing secret on its first start, so each needs its own token.
  const route = routesFor(await bearerFor(server.url, UDO.email))[0];
  if (!route) throw new Error('request log: the HTTP section lists no routes');
  return route;
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
      const runs: { quiet: HttpFigures; logged: HttpFigures }[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        const [q, l] = await bothInOrder(
          () => measureHttp(quiet.url, quietRoute, { seconds }),
          () => measureHttp(logged.url, loggedRoute, { seconds }),
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
        log_lines: lines.length,
        logged_requests_answered: answered,
      };
      const row = (mode: string, pick: (run: Run) => HttpFigures) => [
        mode,
        f(average((run) => pick(run).rps)),
        `${f(average((run) => pick(run).p50))} / ${f(average((run) => pick(run).p99))}`,
        runs.map((run) => f(pick(run).rps)).join(', '),
        String(runs.reduce((sum, run) => sum + pick(run).non2xx + pick(run).errors, 0)),
      ];
      return {
        key: 'request_log',
        results,
        lines: [
          `Request log: ${quietRoute.name}, 50 connections, ${ROUNDS} rounds of ${seconds} s`,
          ...table(
            ['stand-in', 'req/s', 'p50/p99 ms', 'rounds', 'non-2xx'],
            [
              row('--quiet', (run) => run.quiet),
              row('log on, stdout to a file', (run) => run.logged),
            ],
          ),
          `Log on / --quiet: ${f(results.ratio, 2)} (rounds ${ratios.map((r) => f(r, 2)).join(', ')}); the log file has ${f(lines.length)} request lines for ${f(answered)} requests the load client saw answered`,
        ],
      };
    } finally {
      await Promise.all([quiet.stop(), logged.stop()]);
    }
  },
};
