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
  /** The warm-up before the measured run: messages, and their latency p99 (a cold server's tail). */
  warmup: { messages: number; p99: number };
}

/** Closed-loop round trips each socket makes before the measured run (see `warmUp`). */
const WARMUP_PER_SOCKET = 5;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/**
 * The load generator shares the machine's cores with the server, and every microsecond it spends
 * on a frame is one the server does not get and a delay before the next receive is timed. So it
 * skips what only a client pays for and the server never sees: the frames are still masked (the
 * server unmasks every byte as before) but with a zero key, which spares the client the XOR, and
 * the text of received frames is not UTF-8 checked again (the server built it).
 */
const ZERO_MASK = (mask: Buffer) => mask.fill(0);

function open(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { generateMask: ZERO_MASK, skipUTF8Validation: true });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

/** Sockets opened in pairs (0↔1, 2↔3, …), tagged messages, and the bookkeeping both loops share. */
async function openPairs(wsUrl: string, dbPath: string, users: { id: string; token: string }[]) {
  const sockets = await Promise.all(users.map((u) => open(`${wsUrl}?token=${u.token}`)));
  // Each phase (warm-up, measured run) tags its messages, so only its own are counted.
  let runTag = '';
  let latencies: number[] = [];
  let sent = 0;
  let delivered = 0;
  let onDelivered: (socket: number) => void = () => {};
  for (const [i, ws] of sockets.entries()) {
    ws.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as { message_body?: string };
      if (!frame.message_body?.startsWith(`${runTag} `)) return;
      latencies.push(performance.now() - Number(frame.message_body.slice(runTag.length + 1)));
      delivered += 1;
      onDelivered(i);
    });
  }
  return {
    sockets,
    /** Starts counting afresh under a new tag. */
    phase(tag: string) {
      runTag = `${tag}-${Date.now()}`;
      latencies = [];
      sent = 0;
      delivered = 0;
    },
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
    /** Waits until every message of this phase arrived (or 10 s); answers the elapsed seconds. */
    async settle(started: number): Promise<number> {
      const deadline = performance.now() + 10_000;
      while (delivered < sent && performance.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 5));
      return (performance.now() - started) / 1000;
    },
    figures(elapsedSeconds: number) {
      latencies.sort((a, b) => a - b);
      return {
        sent,
        delivered,
        deliveredPerSecond: delivered / elapsedSeconds,
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
      };
    },
    /** Closes every socket, and counts what the measured phase stored. */
    async close(): Promise<number> {
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
      return stored;
    },
  };
}

type Pairs = Awaited<ReturnType<typeof openPairs>>;

/** Each socket keeps one message in flight and answers every delivery with the next, `perSocket` in all. */
async function closedLoop(pairs: Pairs, perSocket: number) {
  const budget = pairs.sockets.map(() => perSocket);
  const sendFrom = (i: number) => {
    if ((budget[i] ?? 0) <= 0) return;
    budget[i] = (budget[i] ?? 0) - 1;
    pairs.send(i);
  };
  pairs.whenDelivered(sendFrom);
  const started = performance.now();
  for (const i of pairs.sockets.keys()) sendFrom(i);
  return pairs.settle(started);
}

/**
 * A few closed-loop round trips per socket before anything is timed. A server just started runs
 * its socket path unoptimised and the first 1,000 frames all arrive at once: in a 1.5 s run that
 * cold start was most of the slowest 1% (p99 108 ms, against ~50 ms once warm). The figures are
 * for a server in use; the warm-up's own p99 is reported beside them, so the cold tail stays seen.
 */
async function warmUp(pairs: Pairs) {
  pairs.phase('warmup');
  const figures = pairs.figures(await closedLoop(pairs, WARMUP_PER_SOCKET));
  return { messages: figures.delivered, p99: figures.p99 };
}

async function finish(pairs: Pairs, elapsed: number, warmup: SocketFigures['warmup']) {
  const figures = pairs.figures(elapsed);
  const storedInDb = await pairs.close();
  return {
    sockets: pairs.sockets.length,
    ...figures,
    lost: figures.sent - figures.delivered,
    storedInDb,
    warmup,
  };
}

/** Throughput, closed loop: after the warm-up, `perSocket` messages from every socket. */
export async function measureSocketThroughput(
  wsUrl: string,
  dbPath: string,
  users: { id: string; token: string }[],
  perSocket: number,
): Promise<SocketFigures> {
  const pairs = await openPairs(wsUrl, dbPath, users);
  const warmup = await warmUp(pairs);
  pairs.phase('bench');
  return finish(pairs, await closedLoop(pairs, perSocket), warmup);
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
  const warmup = await warmUp(pairs);
  pairs.phase('bench');
  pairs.whenDelivered(() => {});
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
  return finish(pairs, await pairs.settle(started), warmup);
}
