import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../src/store/database.js';
import { createStore } from '../../src/store/index.js';
import { httpTimestamp } from '../../src/store/timestamps.js';
import { measureHttp } from '../http-load.js';
import { bearerFor, KYRIAN, UDO } from '../people.js';
import { freePort, spawnCeiling, spawnStandIn, waitForOk } from '../processes.js';
import { figure as f, type Section, table } from '../section.js';
import { measureSockets, socketLine } from './sockets.js';

export const SCALE = { users: 5000, messages: 1_000_000, conversation: 6700 };

/** The largest conversation: udo and kyrian, `count` messages in all, added after the seed. */
function addConversation(dbPath: string, count: number): void {
  const store = createStore(openDatabase(dbPath));
  const start = Date.parse('2025-06-01T00:00:00Z') * 1000;
  store.chat.storeMessages(
    Array.from({ length: count - 1 }, (_, i) => ({
      senderId: i % 2 ? UDO.id : KYRIAN.id,
      receiverId: i % 2 ? KYRIAN.id : UDO.id,
      body: `scale message ${i}`,
      created: httpTimestamp(start + i * 1_000_000),
    })),
  );
  store.db.close();
}

/**
 * How cost grows with data: the stand-in seeds 1,000,000 messages among 5,000 people itself (time
 * to first answer and its peak RSS while seeding), starts again on that file (start-up), then
 * threads and a 6,700-message conversation at 50 connections and 1,000 sockets chatting on it.
 */
export const scaleSection = (perSocket: number): Section => ({
  name: 'scale',
  async run({ seconds, dir, log }) {
    const dbPath = join(dir, 'scale.sqlite');
    log(`scale: seeding ${f(SCALE.messages)} messages, ${f(SCALE.users)} users`);
    const seeding = spawnStandIn(await freePort(), dbPath, [
      '--users',
      String(SCALE.users),
      '--messages',
      String(SCALE.messages),
    ]);
    const seedMs = await waitForOk(`${seeding.url}/openapi.json`, seeding.startedAt, 300_000);
    const seedPeakRssMb = seeding.peakRssMb();
    await seeding.stop();
    addConversation(dbPath, SCALE.conversation);

    const server = spawnStandIn(await freePort(), dbPath);
    try {
      const startupMs = await waitForOk(`${server.url}/openapi.json`, server.startedAt);
      const startupRssMb = server.peakRssMb();
      const auth = await bearerFor(server.url, UDO.email);
      log('scale: threads and the largest conversation, and the ceiling serving the same bytes');
      const threadsRoute = {
        method: 'GET',
        path: '/chat/get-user-threads/',
        headers: auth,
      } as const;
      const conversationRoute = {
        method: 'GET',
        path: `/chat/messages/${KYRIAN.id}/`,
        headers: auth,
      } as const;
      const bodies: Record<string, string> = {};
      for (const route of [threadsRoute, conversationRoute])
        bodies[`GET ${route.path}`] = await (
          await fetch(`${server.url}${route.path}`, { headers: auth })
        ).text();
      writeFileSync(join(dir, 'scale-bodies.json'), JSON.stringify(bodies));
      const ceiling = spawnCeiling(await freePort(), join(dir, 'scale-bodies.json'));
      await waitForOk(`${ceiling.url}${threadsRoute.path}`, ceiling.startedAt);
      const threads = await measureHttp(server.url, threadsRoute, { seconds });
      const threadsCeiling = await measureHttp(ceiling.url, threadsRoute, { seconds });
      const conversation = await measureHttp(server.url, conversationRoute, { seconds });
      const conversationCeiling = await measureHttp(ceiling.url, conversationRoute, { seconds });
      // At 50 connections this route is bound by bytes (50 × 3 MB in flight): its p50 is the
      // ceiling's. One connection is one app opening the conversation: the latency a person sees.
      const one = { seconds, connections: 1 };
      const conversationAlone = await measureHttp(server.url, conversationRoute, one);
      const conversationAloneCeiling = await measureHttp(ceiling.url, conversationRoute, one);
      await ceiling.stop();
      const conversationBytes = Buffer.byteLength(bodies[`GET ${conversationRoute.path}`] ?? '');
      log('scale: sockets');
      const sockets = await measureSockets(server.url, dbPath, perSocket);
      const peakRssMb = server.peakRssMb();
      return {
        key: 'scale',
        results: {
          ...SCALE,
          seed_ms: seedMs,
          seed_peak_rss_mb: seedPeakRssMb,
          startup_ms: startupMs,
          startup_rss_mb: startupRssMb,
          threads: { standIn: threads, ceiling: threadsCeiling },
          largest_conversation: {
            bytes: conversationBytes,
            standIn: conversation,
            ceiling: conversationCeiling,
            one_connection: { standIn: conversationAlone, ceiling: conversationAloneCeiling },
          },
          sockets,
          peak_rss_mb: peakRssMb,
        },
        lines: [
          `Scale: ${f(SCALE.messages)} messages, ${f(SCALE.users)} generated people`,
          `  seeding (the stand-in's own --messages/--users, to first answer): ${f(seedMs)} ms, peak RSS ${f(seedPeakRssMb)} MB`,
          `  start-up on that file: ${f(startupMs)} ms, RSS ${f(startupRssMb)} MB`,
          ...table(
            ['  route (50 connections)', 'req/s', 'p50/p99 ms', 'ceiling req/s', 'ceiling p50/p99'],
            [
              ['  GET /chat/get-user-threads/', threads, threadsCeiling] as const,
              [
                `  GET /chat/messages/<uid>/ (${f(SCALE.conversation)} messages, ${f(conversationBytes / 1e6, 1)} MB)`,
                conversation,
                conversationCeiling,
              ] as const,
              ['    the same, 1 connection', conversationAlone, conversationAloneCeiling] as const,
            ].map(([name, s, c]) => [
              name,
              f(s.rps),
              `${f(s.p50)} / ${f(s.p99)}`,
              f(c.rps),
              `${f(c.p50)} / ${f(c.p99)}`,
            ]),
          ),
          socketLine('  sockets, closed loop', sockets.closed_loop),
          socketLine(
            '  sockets, open loop at 10 msg/s per socket',
            sockets.open_loop_10_per_socket,
          ),
          `  peak RSS serving: ${f(peakRssMb)} MB`,
        ],
      };
    } finally {
      await server.stop();
    }
  },
});
