import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main as conformance } from '../../conformance/cli/main.js';
import { DEFAULT_SEED, seedDatabase } from '../../src/seed/index.js';
import { openDatabase } from '../../src/store/database.js';
import { createStore } from '../../src/store/index.js';
import { httpTimestamp } from '../../src/store/timestamps.js';
import { type HttpFigures, type LoadTarget, measureHttp } from '../http-load.js';
import { bearerFor, CODEBEE, KYRIAN, UDO } from '../people.js';
import {
  type Child,
  freePort,
  spawnCeiling,
  spawnPrism,
  spawnStandIn,
  waitForOk,
} from '../processes.js';
import { figure as f, type Section, table } from '../section.js';

type Route = LoadTarget & { name: string };

export function routesFor(auth: Record<string, string>): Route[] {
  return [
    {
      name: 'GET /chat/messages/<uid>/ (docs example, 2 messages)',
      method: 'GET',
      path: `/chat/messages/${CODEBEE.id}/`,
      headers: auth,
    },
    {
      name: 'GET /chat/messages/<uid>/ (200 messages)',
      method: 'GET',
      path: `/chat/messages/${KYRIAN.id}/`,
      headers: auth,
    },
    {
      name: 'GET /chat/get-user-threads/',
      method: 'GET',
      path: '/chat/get-user-threads/',
      headers: auth,
    },
    { name: 'POST /auth/users/', method: 'POST', path: '/auth/users/', headers: auth },
    {
      name: 'POST /auth/login/',
      method: 'POST',
      path: '/auth/login/',
      body: JSON.stringify({ email: UDO.email, password: 'password123' }),
    },
  ];
}

/** The default seed plus a 200-message conversation between udo and kyrian. */
export async function seedHttpDatabase(path: string): Promise<void> {
  const store = createStore(openDatabase(path));
  await seedDatabase(store, DEFAULT_SEED);
  store.chat.storeMessages(
    Array.from({ length: 199 }, (_, i) => ({
      senderId: i % 2 ? UDO.id : KYRIAN.id,
      receiverId: i % 2 ? KYRIAN.id : UDO.id,
      body: `benchmark message ${i}`,
      created: httpTimestamp(Date.parse('2025-06-01T00:00:00Z') * 1000 + i * 1_000_000),
    })),
  );
  store.db.close();
}

/** Start-up time and RSS of the stand-in run through tsx on `dbPath`, as `npm start` runs it. */
async function tsxStartup(dbPath: string) {
  const child = spawnStandIn(await freePort(), dbPath, [], 'tsx');
  try {
    const startupMs = await waitForOk(`${child.url}/openapi.json`, child.startedAt);
    return { startup_ms: startupMs, rss_mb: child.peakRssMb() };
  } finally {
    await child.stop();
  }
}

/**
 * HTTP load at 50 connections, route by route, on the stand-in, on the ceiling (bare Hono answering
 * the stand-in's own bytes from memory) and, with --vs-prism, on Prism; then the conformance
 * suite's wall time against the stand-in.
 */
export const httpSection: Section = {
  name: 'HTTP load',
  async run({ seconds, vsPrism, dir, log }) {
    const dbPath = join(dir, 'http.sqlite');
    await seedHttpDatabase(dbPath);
    const standIn = spawnStandIn(await freePort(), dbPath);
    const startupMs = await waitForOk(`${standIn.url}/openapi.json`, standIn.startedAt);
    const startupRssMb = standIn.peakRssMb();
    const routes = routesFor(await bearerFor(standIn.url, UDO.email));

    const bodies: Record<string, string> = {};
    for (const route of routes) {
      const res = await fetch(`${standIn.url}${route.path}`, {
        method: route.method,
        headers: { 'content-type': 'application/json', ...route.headers },
        body: route.body,
      });
      bodies[`${route.method} ${route.path}`] = await res.text();
    }
    writeFileSync(join(dir, 'bodies.json'), JSON.stringify(bodies));
    const ceiling = spawnCeiling(await freePort(), join(dir, 'bodies.json'));
    await waitForOk(`${ceiling.url}${routes[0]?.path}`, ceiling.startedAt);
    let prism: Child | undefined;
    try {
      const http: {
        route: string;
        standIn: HttpFigures;
        ceiling: HttpFigures;
        prism?: HttpFigures;
      }[] = [];
      // The stand-in and the ceiling alternate route by route, so a slow spell of the machine hits
      // both. Prism runs only afterwards: after each load it goes on working for seconds (its
      // request logging), which cut the next route's figures on the other two by half or more.
      for (const route of routes) {
        log(`measuring ${route.name}`);
        http.push({
          route: route.name,
          standIn: await measureHttp(standIn.url, route, { seconds }),
          ceiling: await measureHttp(ceiling.url, route, { seconds }),
        });
      }
      if (vsPrism) {
        prism = spawnPrism(await freePort());
        log('starting Prism (npx fetches it on first use)...');
        await waitForOk(
          `${prism.url}${routes[0]?.path}`,
          prism.startedAt,
          180_000,
          routes[0]?.headers,
        );
        for (const [i, route] of routes.entries()) {
          log(`measuring ${route.name} on Prism`);
          const row = http[i];
          if (row) row.prism = await measureHttp(prism.url, route, { seconds });
        }
        await prism.stop(); // before the conformance run below, for the same reason
      }
      const peakRssMb = standIn.peakRssMb();

      const conformanceStarted = performance.now();
      const conformanceExit = await conformance(
        [
          '--base-url',
          standIn.url,
          '--user',
          `${UDO.email}:password123`,
          '--peer',
          `${KYRIAN.email}:password123`,
          '--allow-writes',
        ],
        () => {},
        log,
      );
      const conformanceMs = performance.now() - conformanceStarted;
      const viaTsx = await tsxStartup(dbPath);

      const rows = http.map(({ route, standIn: s, ceiling: c, prism: p }) => [
        route,
        f(s.rps),
        `${f(s.p50)} / ${f(s.p99)}`,
        f(s.rps / c.rps, 2),
        p ? f(p.rps) : '-',
        p ? `${f(s.rps / p.rps, 1)}x` : '-',
        String(s.non2xx + s.errors),
      ]);
      return {
        key: 'http',
        results: {
          routes: http.map((r) => ({ ...r, of_ceiling: r.standIn.rps / r.ceiling.rps })),
          peak_rss_mb: peakRssMb,
          startup_ms: startupMs,
          startup_rss_mb: startupRssMb,
          tsx_startup: viaTsx,
          conformance_ms: conformanceMs,
        },
        lines: [
          ...table(
            [
              'HTTP route (50 connections)',
              'req/s',
              'p50/p99 ms',
              'of ceiling',
              'Prism req/s',
              'vs Prism',
              'non-2xx',
            ],
            rows,
          ),
          `Peak RSS under HTTP load: ${f(peakRssMb)} MB; start-up to first 200 (default database): ${f(startupMs)} ms, RSS ${f(startupRssMb)} MB`,
          `Through tsx, as \`npm start\` runs it: start-up ${f(viaTsx.startup_ms)} ms, RSS ${f(viaTsx.rss_mb)} MB (tsx's loader thread; every other figure is the built code)`,
          `Conformance suite against the stand-in: ${f(conformanceMs)} ms (exit ${conformanceExit})`,
        ],
      };
    } finally {
      await Promise.all([standIn.stop(), ceiling.stop(), prism?.stop()]);
    }
  },
};
