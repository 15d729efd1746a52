import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { main as conformance } from '../conformance/cli.js';
import { DEFAULT_SEED, seedDatabase } from '../src/seed/index.js';
import { openDatabase } from '../src/store/database.js';
import { createStore } from '../src/store/index.js';
import { httpTimestamp } from '../src/time.js';
import { type HttpFigures, type LoadTarget, measureHttp } from './http-load.js';
import {
  type Child,
  freePort,
  ROOT,
  spawnCeiling,
  spawnPrism,
  spawnStandIn,
  waitForOk,
} from './processes.js';
import { measureSocketLatency, measureSocketThroughput } from './socket-load.js';

const { values } = parseArgs({
  options: {
    'vs-prism': { type: 'boolean' },
    seconds: { type: 'string' },
    'socket-messages': { type: 'string' },
  },
});
const seconds = Number(values.seconds ?? 5);
const command = `npm run bench --${values['vs-prism'] ? ' --vs-prism' : ''}${values.seconds ? ` --seconds ${seconds}` : ''}`;
const dir = mkdtempSync(join(tmpdir(), '9app-bench-'));
const UDO = '68f6cebe-1dfb-418d-8c4e-3ada680984d1';
const KYRIAN = '8b979f92-2d5d-471f-abdc-4f8259f5736a';
const CODEBEE = '96bf0d3f-720d-4620-8dee-0f59f997cb51';
const log = (line: string) => console.error(`[bench] ${line}`);

async function time<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

// 1. Seeding: the default data set into a file, and a large one.
const dbPath = join(dir, 'bench.sqlite');
await import('../src/seed/generated.js'); // loaded up front, so the timings are of seeding alone
const [store, seedDefaultMs] = await time(async () => {
  const s = createStore(openDatabase(dbPath));
  await seedDatabase(s, DEFAULT_SEED);
  return s;
});
const [, seedLargeMs] = await time(() =>
  seedDatabase(createStore(openDatabase(join(dir, 'large.sqlite'))), {
    ...DEFAULT_SEED,
    messages: 100_000,
  }),
);
log(`seeded: default ${seedDefaultMs.toFixed(0)} ms, 100k messages ${seedLargeMs.toFixed(0)} ms`);
// A 200-message conversation between udo and kyrian (the documented thread has 1).
store.chat.storeMessages(
  Array.from({ length: 199 }, (_, i) => ({
    senderId: i % 2 ? UDO : KYRIAN,
    receiverId: i % 2 ? KYRIAN : UDO,
    body: `benchmark message ${i}`,
    created: httpTimestamp(Date.parse('2025-06-01T00:00:00Z') * 1000 + i * 1_000_000),
  })),
);
store.db.close();

// 2. Start-up with an existing database.
const standIn = spawnStandIn(await freePort(), dbPath);
const startupMs = await waitForOk(`${standIn.url}/openapi.json`, standIn.startedAt);
log(`stand-in answered after ${startupMs.toFixed(0)} ms`);
const login = (await (
  await fetch(`${standIn.url}/auth/login/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'onuhudoudo@gmail.com', password: 'password123' }),
  })
).json()) as { entity: { token: string } };
const auth = { authorization: `Bearer ${login.entity.token}` };

const ROUTES: (LoadTarget & { name: string; comparable: boolean })[] = [
  {
    name: 'GET /chat/messages/<uid>/ (docs example, 2 messages)',
    method: 'GET',
    path: `/chat/messages/${CODEBEE}/`,
    headers: auth,
    comparable: true,
  },
  {
    name: 'GET /chat/messages/<uid>/ (200 messages)',
    method: 'GET',
    path: `/chat/messages/${KYRIAN}/`,
    headers: auth,
    comparable: false,
  },
  {
    name: 'GET /chat/get-user-threads/',
    method: 'GET',
    path: '/chat/get-user-threads/',
    headers: auth,
    comparable: false,
  },
  {
    name: 'POST /auth/users/',
    method: 'POST',
    path: '/auth/users/',
    headers: auth,
    comparable: false,
  },
  {
    name: 'POST /auth/login/',
    method: 'POST',
    path: '/auth/login/',
    body: JSON.stringify({ email: 'onuhudoudo@gmail.com', password: 'password123' }),
    comparable: false,
  },
];

// 3. The ceiling answers the stand-in's own bytes.
const bodies: Record<string, string> = {};
for (const route of ROUTES) {
  const res = await fetch(`${standIn.url}${route.path}`, {
    method: route.method,
    headers: { 'content-type': 'application/json', ...route.headers },
    body: route.body,
  });
  bodies[`${route.method} ${route.path}`] = await res.text();
}
writeFileSync(join(dir, 'bodies.json'), JSON.stringify(bodies));
const ceiling = spawnCeiling(await freePort(), join(dir, 'bodies.json'));
await waitForOk(`${ceiling.url}${ROUTES[0]?.path}`, ceiling.startedAt);
let prism: Child | undefined;
if (values['vs-prism']) {
  prism = spawnPrism(await freePort());
  log('starting Prism (npx fetches it on first use)...');
  await waitForOk(`${prism.url}${ROUTES[0]?.path}`, prism.startedAt, 180_000, auth);
}

// 4. HTTP, alternating the servers route by route.
const httpResults: {
  route: string;
  standIn: HttpFigures;
  ceiling: HttpFigures;
  prism?: HttpFigures;
}[] = [];
for (const route of ROUTES) {
  log(`measuring ${route.name}`);
  const standInFigures = await measureHttp(standIn.url, route, { seconds });
  const ceilingFigures = await measureHttp(ceiling.url, route, { seconds });
  const prismFigures = prism ? await measureHttp(prism.url, route, { seconds }) : undefined;
  httpResults.push({
    route: route.name,
    standIn: standInFigures,
    ceiling: ceilingFigures,
    prism: prismFigures,
  });
}

// 5. The conformance suite's wall time against the stand-in.
const conformanceStarted = performance.now();
const conformanceExit = await conformance(
  [
    '--base-url',
    standIn.url,
    '--user',
    'onuhudoudo@gmail.com:password123',
    '--peer',
    'udokyrian@outlook.com:password123',
    '--allow-writes',
  ],
  () => {},
  log,
);
const conformanceMs = performance.now() - conformanceStarted;
const httpPeakRss = standIn.peakRssMb();
await Promise.all([standIn.stop(), ceiling.stop(), prism?.stop()]);

// 6. Sockets: 1,000 authenticated sockets in 500 pairs, on a stand-in seeded with 1,000 users.
const socketDb = join(dir, 'sockets.sqlite');
// Seed more than 1,000 people (a few generated ones are inactive), here rather than in the server,
// so the server under load is one started on an existing database, as in daily use.
const socketStore = createStore(openDatabase(socketDb));
await seedDatabase(socketStore, { ...DEFAULT_SEED, users: 1060, messages: 0 });
socketStore.db.close();
const socketServer = spawnStandIn(await freePort(), socketDb);
await waitForOk(`${socketServer.url}/openapi.json`, socketServer.startedAt);
const people = (
  (await (await fetch(`${socketServer.url}/__mock/users`)).json()) as {
    entity: { id: string; is_active: boolean }[];
  }
).entity
  .filter((p) => p.is_active)
  .slice(0, 1000);
const users = await Promise.all(
  people.map(async (p) => ({
    id: p.id,
    token: (
      (await (
        await fetch(`${socketServer.url}/__mock/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ user_id: p.id }),
        })
      ).json()) as { entity: { token: string } }
    ).entity.token,
  })),
);
log(`socket load: ${users.length} sockets`);
const socketUrl = `${socketServer.url.replace('http', 'ws')}/chat/room/ws/`;
const pairedUsers = users.length % 2 ? users.slice(1) : users;
const socketFigures = await measureSocketThroughput(
  socketUrl,
  socketDb,
  pairedUsers,
  Number(values['socket-messages'] ?? 40),
);
// The target load: 10 messages a second from each of 1,000 sockets, 10,000 a second in all.
const socketAtRate = await measureSocketLatency(socketUrl, socketDb, pairedUsers, 10, 5);
const socketPeakRss = socketServer.peakRssMb();
await socketServer.stop();

// 7. Report.
const f = (n: number | undefined, digits = 0) =>
  n === undefined
    ? '-'
    : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const rows = httpResults.map(({ route, standIn: s, ceiling: c, prism: p }) => [
  route,
  f(s.rps),
  `${f(s.p50)} / ${f(s.p99)}`,
  `${f((s.rps / c.rps) * 100)}%`,
  p ? f(p.rps) : '-',
  p ? `${f(s.rps / p.rps, 1)}x` : '-',
  String(s.non2xx + s.errors),
]);
const header = [
  'HTTP route (50 connections)',
  'req/s',
  'p50/p99 ms',
  'of ceiling',
  'Prism req/s',
  'vs Prism',
  'non-2xx',
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
const line = (cells: string[]) =>
  cells
    .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
    .join('  ');
console.log(`\n${command}   (${cpus().length} cores, Node ${process.versions.node})\n`);
console.log(line(header));
for (const row of rows) console.log(line(row));
console.log(
  `\nSockets, closed loop (max throughput): ${socketFigures.sockets} in pairs, ${f(socketFigures.deliveredPerSecond)} delivered msg/s, latency p50 ${f(socketFigures.p50, 1)} ms / p99 ${f(socketFigures.p99, 1)} ms, sent ${socketFigures.sent}, lost ${socketFigures.lost}, stored ${socketFigures.storedInDb}\n` +
    `Sockets, open loop at 10 msg/s per socket: ${f(socketAtRate.deliveredPerSecond)} delivered msg/s, latency p50 ${f(socketAtRate.p50, 1)} ms / p99 ${f(socketAtRate.p99, 1)} ms, sent ${socketAtRate.sent}, lost ${socketAtRate.lost}, stored ${socketAtRate.storedInDb}`,
);
console.log(
  `Peak RSS: ${f(httpPeakRss)} MB under HTTP load, ${f(socketPeakRss)} MB under socket load`,
);
console.log(
  `Start-up to first 200 (existing database): ${f(startupMs)} ms; seed default: ${f(seedDefaultMs)} ms; seed 100,000 messages: ${f(seedLargeMs)} ms`,
);
console.log(
  `Conformance suite against the stand-in: ${f(conformanceMs)} ms (exit ${conformanceExit})`,
);

const results = {
  command,
  machine: { cores: cpus().length, cpu: cpus()[0]?.model, node: process.versions.node },
  measured_at: new Date().toISOString(),
  http: httpResults,
  sockets: { closed_loop: socketFigures, open_loop_10_per_socket: socketAtRate },
  peak_rss_mb: { http: httpPeakRss, sockets: socketPeakRss },
  startup_ms: startupMs,
  seed_ms: { default: seedDefaultMs, messages_100k: seedLargeMs },
  conformance_ms: conformanceMs,
};
writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwrote bench/results.json');
process.exit(0);
