import { join } from 'node:path';
import { bearerFor, KYRIAN, UDO } from '../people.js';
import { type Child, freePort, spawnChild, spawnStandIn, waitForOk } from '../processes.js';
import { frameLatency, httpLatency, type LatencyFigures } from '../proxy-load.js';
import { figure as f, type Section, table } from '../section.js';
import { seedHttpDatabase } from './http.js';

/** Rounds of each load, direct and through the proxy alternating, so a busy spell hits both. */
const ROUNDS = 3;
/**
 * 500 req/s of `GET /auth/user/`: a rate the stand-in serves with headroom on a shared 2-core
 * machine, so what is measured is the proxy's added time, not a queue in front of the stand-in.
 */
const HTTP_RATE = 500;
const FRAME_RATE = 1000;

/** The validating proxy as its package bin runs it (`9app-conformance proxy`), built in dist/. */
function spawnProxy(port: number, target: string): Child {
  return spawnChild(
    process.execPath,
    ['dist/conformance/cli/main.js', 'proxy', '--target', target, '--port', String(port)],
    port,
  );
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** The median over rounds of each percentile, and what the proxy added to it. */
function summary(direct: LatencyFigures[], proxied: LatencyFigures[]) {
  const d = { p50: median(direct.map((r) => r.p50)), p99: median(direct.map((r) => r.p99)) };
  const p = { p50: median(proxied.map((r) => r.p50)), p99: median(proxied.map((r) => r.p99)) };
  const errors = [...direct, ...proxied].reduce((sum, r) => sum + r.errors, 0);
  return {
    direct: d,
    proxied: p,
    added: { p50: p.p50 - d.p50, p99: p.p99 - d.p99 },
    errors,
    rounds: { direct, proxied },
  };
}

/**
 * What the validating proxy adds (issue 23 part 4): `GET /auth/user/` at 500 req/s over 50
 * connections, and chat frames at 1,000 a second from one socket to another, each measured
 * direct and through `9app-conformance proxy` on the same stand-in. Target: ≤ 1 ms at p50 and
 * ≤ 5 ms at p99 added.
 */
export const proxySection: Section = {
  name: 'validating proxy overhead',
  async run({ dir, seconds, log }) {
    const dbPath = join(dir, 'proxy.sqlite');
    await seedHttpDatabase(dbPath);
    const server = spawnStandIn(await freePort(), dbPath);
    const proxy = spawnProxy(await freePort(), server.url);
    try {
      await waitForOk(`${server.url}/openapi.json`, server.startedAt);
      await waitForOk(`${proxy.url}/__proxy/findings`, proxy.startedAt);
      const auth = await bearerFor(server.url, UDO.email);
      const udo = { token: (auth.authorization ?? '').replace('Bearer ', '') };
      const kyrian = {
        id: KYRIAN.id,
        token: ((await bearerFor(server.url, KYRIAN.email)).authorization ?? '').replace(
          'Bearer ',
          '',
        ),
      };
      const path = '/auth/user/';
      const http = { direct: [] as LatencyFigures[], proxied: [] as LatencyFigures[] };
      const frames = { direct: [] as LatencyFigures[], proxied: [] as LatencyFigures[] };
      for (let round = 0; round < ROUNDS; round++) {
        log(`proxy overhead: round ${round + 1} of ${ROUNDS}`);
        for (const [key, base] of [
          ['direct', server.url],
          ['proxied', proxy.url],
        ] as const) {
          http[key].push(await httpLatency(`${base}${path}`, auth, { rate: HTTP_RATE, seconds }));
          const wsUrl = `${base.replace('http', 'ws')}/chat/room/ws/`;
          frames[key].push(await frameLatency(wsUrl, udo, kyrian, { rate: FRAME_RATE, seconds }));
        }
      }
      const findings = (await (await fetch(`${proxy.url}/__proxy/findings`)).json()) as {
        findings: unknown[];
      };
      const results = {
        http: summary(http.direct, http.proxied),
        frames: summary(frames.direct, frames.proxied),
        findings: findings.findings.length,
      };
      const row = (label: string, s: ReturnType<typeof summary>) => [
        label,
        f(s.direct.p50, 2),
        f(s.proxied.p50, 2),
        f(s.added.p50, 2),
        f(s.direct.p99, 2),
        f(s.proxied.p99, 2),
        f(s.added.p99, 2),
      ];
      return {
        key: 'proxy',
        results,
        lines: [
          `Validating proxy overhead (median of ${ROUNDS} alternating rounds of ${seconds} s; ms; open loop):`,
          ...table(
            ['load', 'p50 direct', 'p50 proxy', 'added', 'p99 direct', 'p99 proxy', 'added'],
            [
              row(`HTTP, ${HTTP_RATE} req/s over 50 connections`, results.http),
              row(`frames, ${FRAME_RATE}/s send to receipt`, results.frames),
            ],
          ),
          `Errors or lost frames: ${results.http.errors + results.frames.errors}; findings the proxy reported: ${results.findings}; target ≤ 1 ms added at p50, ≤ 5 ms at p99`,
        ],
      };
    } finally {
      await proxy.stop();
      await server.stop();
    }
  },
};
