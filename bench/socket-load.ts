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

/**
 * Sockets in pairs, closed loop: each socket keeps `window` messages in flight to its partner and
 * answers every message it receives with a new one until it has sent `perSocket`. Reports delivered
 * messages per second, send-to-receipt latency, and the count lost, checked against the database.
 */
export async function measureSockets(
  wsUrl: string,
  dbPath: string,
  users: { id: string; token: string }[],
  perSocket: number,
  window = 1,
): Promise<SocketFigures> {
  const sockets = await Promise.all(users.map((u) => open(`${wsUrl}?token=${u.token}`)));
  const runTag = `bench-${Date.now()}`;
  const latencies: number[] = [];
  const budget = sockets.map(() => perSocket);
  const sent = users.length * perSocket;
  let delivered = 0;
  const send = (i: number) => {
    if ((budget[i] ?? 0) <= 0) return;
    budget[i] = (budget[i] ?? 0) - 1;
    const partner = users[i % 2 === 0 ? i + 1 : i - 1];
    sockets[i]?.send(
      JSON.stringify({
        action: 'chat_message',
        message_body: `${runTag} ${performance.now()}`,
        receiver_id: partner?.id,
      }),
    );
  };
  const done = new Promise<void>((resolve) => {
    for (const [i, ws] of sockets.entries()) {
      ws.on('message', (data) => {
        const frame = JSON.parse(data.toString()) as { message_body?: string };
        if (!frame.message_body?.startsWith(runTag)) return;
        latencies.push(performance.now() - Number(frame.message_body.split(' ')[1]));
        delivered += 1;
        if (delivered === sent) resolve();
        send(i);
      });
    }
  });
  const started = performance.now();
  for (let k = 0; k < window; k += 1) for (const i of sockets.keys()) send(i);
  await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 60_000))]);
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
}
