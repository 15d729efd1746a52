import { join } from 'node:path';
import { createBudget } from '../../conformance/fuzz/budget.js';
import { runFuzz } from '../../conformance/fuzz/run.js';
import { prepareContext } from '../../conformance/runner/context.js';
import { KYRIAN, PASSWORD, UDO } from '../people.js';
import { freePort, spawnStandIn, waitForOk } from '../processes.js';
import { figure as f, type Section, table } from '../section.js';

/** Issue 21's targets on this machine. */
const HTTP_TARGET = 500;
const FRAMES_TARGET = 2000;
const SEED = 2112;

/**
 * One fuzz part against a fresh stand-in, with writes on so valid frames are sent: its count (HTTP
 * cases or socket frames) over the part's wall time, findings, setup and health checks included.
 */
async function measure(url: string, part: 'http' | 'socket', maxCases: number) {
  const ctx = await prepareContext({
    baseUrl: url,
    user: { email: UDO.email, password: PASSWORD },
    peer: { email: KYRIAN.email, password: PASSWORD },
    allowWrites: true,
    timeoutMs: 4000,
  });
  const budget = createBudget(maxCases, 60);
  const started = performance.now();
  const report = await runFuzz(
    ctx,
    part === 'http'
      ? { seed: SEED, budget, skip: ['socket', 'handshake', 'links'] }
      : { seed: SEED, budget, only: 'socket' },
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    http_cases: budget.httpCases,
    frames: budget.frames,
    seconds,
    failed: report.summary.failed,
  };
}

/**
 * The fuzzer's speed against the stand-in (issue 21 §6): HTTP cases per second over every
 * operation, socket frames per second over the frames part. Schemathesis is not installable here
 * (PyPI is unreachable), so no figure stands beside it rather than a guessed one.
 */
export const fuzzSection: Section = {
  name: 'fuzz',
  async run({ dir, log }) {
    const server = spawnStandIn(await freePort(), join(dir, 'fuzz.sqlite'));
    try {
      await waitForOk(`${server.url}/openapi.json`, server.startedAt);
      log('fuzz: every HTTP operation, 200 cases each');
      const http = await measure(server.url, 'http', 200);
      log('fuzz: the socket frames part, 1,500 cases a round');
      const socket = await measure(server.url, 'socket', 1500);
      const httpRate = http.http_cases / http.seconds;
      const frameRate = socket.frames / socket.seconds;
      const results = {
        http: { ...http, per_second: httpRate, target: HTTP_TARGET },
        socket: { ...socket, per_second: frameRate, target: FRAMES_TARGET },
        schemathesis: 'not installable here (PyPI unreachable): no figure',
      };
      return {
        key: 'fuzz',
        results,
        lines: [
          `Fuzz against the stand-in (seed ${SEED}, --allow-writes), per second of wall time`,
          ...table(
            ['part', 'sent', 'seconds', 'per second', 'target', 'failed'],
            [
              [
                'HTTP cases, every operation',
                f(http.http_cases),
                f(http.seconds, 1),
                f(httpRate),
                f(HTTP_TARGET),
                f(http.failed),
              ],
              [
                'socket frames',
                f(socket.frames),
                f(socket.seconds, 1),
                f(frameRate),
                f(FRAMES_TARGET),
                f(socket.failed),
              ],
            ],
          ),
          'Schemathesis on the same stand-in: not installable here (PyPI unreachable), so no figure.',
        ],
      };
    } finally {
      await server.stop();
    }
  },
};
