import { Agent, request } from 'node:http';
import WebSocket from 'ws';

/** Latency percentiles in milliseconds, from every sample (not a histogram's buckets). */
export interface LatencyFigures {
  samples: number;
  p50: number;
  p99: number;
  errors: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentiles(samples: number[], errors: number): LatencyFigures {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { samples: sorted.length, p50: at(0.5), p99: at(0.99), errors };
}

/**
 * Open-loop HTTP load: `rate` requests a second spread over `connections` kept-alive connections
 * for `seconds`, each timed from send to its last byte. Open loop, so a slower path shows as
 * latency, not as fewer requests queued behind one another (which a closed loop would add in).
 */
export async function httpLatency(
  url: string,
  headers: Record<string, string>,
  { connections = 50, rate = 1000, seconds = 5 } = {},
): Promise<LatencyFigures> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const samples: number[] = [];
  let errors = 0;
  const one = () =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const req = request(url, { agent, headers }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode === 200) samples.push(performance.now() - started);
          else errors++;
          resolve();
        });
      });
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.setTimeout(5000, () => req.destroy());
      req.end();
    });
  const perConnectionMs = (1000 * connections) / rate;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async (_, i) => {
      await sleep((i * perConnectionMs) / connections);
      let next = performance.now();
      const inFlight: Promise<void>[] = [];
      while (next < until) {
        inFlight.push(one());
        next += perConnectionMs;
        await sleep(Math.max(0, next - performance.now()));
      }
      await Promise.all(inFlight);
    }),
  );
  agent.destroy();
  return percentiles(samples, errors);
}

function open(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

/**
 * Frames at `rate` a second from one socket to another for `seconds`, each timed from send to
 * the peer's `re_message` (matched by a sequence number in the text).
 */
export async function frameLatency(
  wsUrl: string,
  sender: { token: string },
  receiver: { id: string; token: string },
  { rate = 1000, seconds = 5 } = {},
): Promise<LatencyFigures> {
  const [from, to] = [
    await open(`${wsUrl}?token=${sender.token}`),
    await open(`${wsUrl}?token=${receiver.token}`),
  ];
  const sentAt = new Map<number, number>();
  const samples: number[] = [];
  to.on('message', (data) => {
    const seq = Number(/^bench (\d+)$/.exec(JSON.parse(data.toString()).message_body)?.[1]);
    const at = sentAt.get(seq);
    if (at !== undefined) samples.push(performance.now() - at);
  });
  const total = rate * seconds;
  const started = performance.now();
  for (let seq = 0; seq < total; seq++) {
    await sleep(Math.max(0, started + (seq * 1000) / rate - performance.now()));
    sentAt.set(seq, performance.now());
    from.send(
      JSON.stringify({
        action: 'chat_message',
        message_body: `bench ${seq}`,
        receiver_id: receiver.id,
      }),
    );
  }
  const deadline = performance.now() + 5000;
  while (samples.length < total && performance.now() < deadline) await sleep(20);
  from.close();
  to.close();
  return percentiles(samples, total - samples.length);
}
