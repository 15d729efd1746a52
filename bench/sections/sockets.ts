import { join } from 'node:path';
import { DEFAULT_SEED, seedDatabase } from '../../src/seed/index.js';
import { openDatabase } from '../../src/store/database.js';
import { createStore } from '../../src/store/index.js';
import { tokensFor } from '../people.js';
import { freePort, spawnStandIn, waitForOk } from '../processes.js';
import { figure as f, type Section } from '../section.js';
import {
  measureSocketLatency,
  measureSocketThroughput,
  type SocketFigures,
} from '../socket-load.js';

export const SOCKETS = 1000;

/** One report line for a socket run. */
export function socketLine(label: string, s: SocketFigures): string {
  return `${label}: ${s.sockets} sockets in pairs, ${f(s.deliveredPerSecond)} delivered msg/s, latency p50 ${f(s.p50, 1)} ms / p99 ${f(s.p99, 1)} ms, sent ${s.sent}, lost ${s.lost}, stored ${s.storedInDb} (not counted: a warm-up of ${f(s.warmup.messages)} messages before it, p99 ${f(s.warmup.p99, 1)} ms)`;
}

/**
 * Closed loop (each socket keeps one message in flight) for the highest delivered rate, and open
 * loop at 10 messages a second per socket for latency at 10,000 msg/s, on `socketUrl`.
 */
export async function measureSockets(baseUrl: string, dbPath: string, perSocket: number) {
  const users = await tokensFor(baseUrl, SOCKETS);
  const paired = users.length % 2 ? users.slice(1) : users;
  const socketUrl = `${baseUrl.replace('http', 'ws')}/chat/room/ws/`;
  const closedLoop = await measureSocketThroughput(socketUrl, dbPath, paired, perSocket);
  const openLoop = await measureSocketLatency(socketUrl, dbPath, paired, 10, 5);
  return { closed_loop: closedLoop, open_loop_10_per_socket: openLoop };
}

/** 1,000 authenticated sockets in 500 pairs on a stand-in seeded with a little over 1,000 people. */
export const socketSection = (perSocket: number): Section => ({
  name: 'socket load',
  async run({ dir, log }) {
    const dbPath = join(dir, 'sockets.sqlite');
    // Seeded here rather than by the server, so the server under load is one started on an
    // existing database, as in daily use. A few generated people are inactive: seed more.
    const store = createStore(openDatabase(dbPath));
    await seedDatabase(store, { ...DEFAULT_SEED, users: SOCKETS + 60, messages: 0 });
    store.db.close();
    const server = spawnStandIn(await freePort(), dbPath);
    try {
      await waitForOk(`${server.url}/openapi.json`, server.startedAt);
      log(`socket load: ${SOCKETS} sockets`);
      const figures = await measureSockets(server.url, dbPath, perSocket);
      const peakRssMb = server.peakRssMb();
      return {
        key: 'sockets',
        results: { ...figures, peak_rss_mb: peakRssMb },
        lines: [
          socketLine('Sockets, closed loop (max throughput)', figures.closed_loop),
          socketLine('Sockets, open loop at 10 msg/s per socket', figures.open_loop_10_per_socket),
          `Peak RSS under socket load: ${f(peakRssMb)} MB`,
        ],
      };
    } finally {
      await server.stop();
    }
  },
});
