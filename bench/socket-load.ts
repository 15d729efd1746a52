import Database from 'better-sqlite3';
import WebSocket from 'ws';

export interface SocketFigures {
  sockets: number;
  sent: number;
  delivered: number;
  lost: number;
  storedInDb: number;
  deliveredPerSecond: number;
  p50: number;
  p99: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

function open(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

/** Sockets opened in pairs (0↔1, 2↔3, …), tagged messages, and the bookkeeping both loops share. */
async function openPairs(wsUrl: string, dbPath: string, users: { id: string; token: string }[]) {
  const sockets = await Promise.all(users.map((u) => open(`${wsUrl}?token=${u.token}`)));
  const runTag = `bench-${Date.now()}`;
  const latencies: number[] = [];
  let sent = 0;
  let delivered = 0;
  let onDelivered: (socket: number) => void = () => {};
  for (const [i, ws] of sockets.entries()) {
    ws.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as { message_body?: string };
      if (!frame.message_body?.startsWith(runTag)) return;
      latencies.push(performance.now() - Number(frame.message_body.split(' ')[1]));
      delivered += 1;
      onDelivered(i);
    });
  }
  return {
    sockets,
    send(i: number) {
      sent += 1;
      const partner = users[i % 2 === 0 ? i + 1 : i - 1];
      sockets[i]?.send(
        JSON.stringify({
          action: 'chat_message',
          message_body: `${runTag} ${performance.now()}`,
          receiver_id: partner?.id,
        }),
      );
    },
    whenDelivered(listener: (socket: number) => void) {
      onDelivered = listener;
    },
    /** Waits until every sent message arrived (or 10 s), closes, and counts what was stored. */
    async finish(started: number): Promise<SocketFigures> {
      const deadline = performance.now() + 10_000;
      while (delivered < sent && performance.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 5));
      const elapsed = (performance.now() - started) / 1000;
      await Promise.all(
        sockets.map(
          (ws) =>
            new Promise((resolve) => {
              ws.once('close', resolve);
              ws.close();
            }),
        ),
      );
      const db = new Database(dbPath, { readonly: true });
      const { stored } = db
        .prepare('SELECT COUNT(*) AS stored FROM messages WHERE body LIKE ?')
        .get(`${runTag} %`) as { stored: number };
      db.close();
      latencies.sort((a, b) => a - b);
      return {
        sockets: sockets.length,
        sent,
        delivered,
        lost: sent - delivered,
        storedInDb: stored,
        deliveredPerSecond: delivered / elapsed,
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
      };
    },
  };
}

/**
 * Throughput, closed loop: each socket keeps one message in flight to its partner and answers
 * every message it receives with a new one until it has sent `perSocket`.
 */
export async function measureSocketThroughput(
  wsUrl: string,
  dbPath: string,
  users: { id: string; token: string }[],
  perSocket: number,
): Promise<SocketFigures> {
  const pairs = await openPairs(wsUrl, dbPath, users);
  const budget = pairs.sockets.map(() => perSocket);
  const sendFrom = (i: number) => {
    if ((budget[i] ?? 0) <= 0) return;
    budget[i] = (budget[i] ?? 0) - 1;
    pairs.send(i);
  };
  pairs.whenDelivered(sendFrom);
  const started = performance.now();
  for (const i of pairs.sockets.keys()) sendFrom(i);
  return pairs.finish(started);
}

/**
 * Latency at a fixed offered load, open loop: every socket sends `perSecond` messages a second,
 * each on its own phase so the load is smooth, for `seconds`.
 */
export async function measureSocketLatency(
  wsUrl: string,
  dbPath: string,
  users: { id: string; token: string }[],
  perSecond: number,
  seconds: number,
): Promise<SocketFigures> {
  const pairs = await openPairs(wsUrl, dbPath, users);
  const period = 1000 / perSecond;
  const timers: NodeJS.Timeout[] = [];
  const started = performance.now();
  for (const i of pairs.sockets.keys()) {
    timers.push(
      setTimeout(
        () => timers.push(setInterval(() => pairs.send(i), period)),
        (i / pairs.sockets.length) * period,
      ),
    );
  }
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  for (const timer of timers) clearInterval(timer);
  return pairs.finish(started);
}
