import { join } from 'node:path';
import WebSocket from 'ws';
import { KYRIAN, PASSWORD, UDO } from '../people.js';
import { freePort, spawnStandIn, waitForOk } from '../processes.js';
import { figure as f, type Section, table } from '../section.js';

const SPRAYERS = 4;
/** One threads read and one socket message every PACE_MS, from one client each. */
const PACE_MS = 20;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const spread = (samples: number[]) => ({
  count: samples.length,
  p50: percentile(samples, 50),
  p99: percentile(samples, 99),
});

const login = (url: string, email: string, password: string) =>
  fetch(`${url}/auth/login/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  }).then(async (res) => ({ status: res.status, body: (await res.json()) as { message: string } }));

function openSocket(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

/** Reads threads and sends socket messages at PACE_MS for `ms`, answering both latencies. */
async function measureChat(url: string, ms: number) {
  const [udo, kyrian] = await Promise.all(
    [UDO, KYRIAN].map(async (person) => (await login(url, person.email, PASSWORD)).body),
  );
  const tokenOf = (answer: unknown) => (answer as { entity: { token: string } }).entity.token;
  const wsUrl = `${url.replace(/^http/, 'ws')}/chat/room/ws/`;
  const [sender, receiver] = await Promise.all([
    openSocket(`${wsUrl}?token=${tokenOf(udo)}`),
    openSocket(`${wsUrl}?token=${tokenOf(kyrian)}`),
  ]);
  const socketMs: number[] = [];
  receiver.on('message', (data) => {
    const body = (JSON.parse(data.toString()) as { message_body?: string }).message_body ?? '';
    if (body.startsWith('spray ')) socketMs.push(performance.now() - Number(body.slice(6)));
  });
  const threadsMs: number[] = [];
  const until = performance.now() + ms;
  const reads = (async () => {
    while (performance.now() < until) {
      const started = performance.now();
      const res = await fetch(`${url}/chat/get-user-threads/`, {
        headers: { authorization: `Bearer ${tokenOf(udo)}` },
      });
      await res.arrayBuffer();
      threadsMs.push(performance.now() - started);
      await sleep(PACE_MS);
    }
  })();
  const sends = (async () => {
    while (performance.now() < until) {
      sender.send(
        JSON.stringify({
          action: 'chat_message',
          message_body: `spray ${performance.now()}`,
          receiver_id: KYRIAN.id,
        }),
      );
      await sleep(PACE_MS);
    }
  })();
  await Promise.all([reads, sends]);
  await sleep(200); // the last frames in flight
  sender.close();
  receiver.close();
  return { threads_ms: spread(threadsMs), socket_ms: spread(socketMs) };
}

/** SPRAYERS clients sending distinct wrong passwords back to back, plus right ones now and then. */
async function spray(url: string, ms: number) {
  const until = performance.now() + ms;
  let wrong = 0;
  let right = 0;
  let wrongAnswers = 0;
  const sprayers = Array.from({ length: SPRAYERS }, async (_, client) => {
    for (let n = 0; performance.now() < until; n += 1) {
      const answer = await login(url, UDO.email, `wrong-${client}-${n}`);
      wrong += 1;
      if (answer.status !== 400 || answer.body.message !== 'Invalid login details')
        wrongAnswers += 1;
    }
  });
  const rightLogins = (async () => {
    while (performance.now() < until) {
      const answer = await login(url, KYRIAN.email, PASSWORD);
      right += 1;
      if (answer.status !== 200) wrongAnswers += 1;
      await sleep(250);
    }
  })();
  await Promise.all([...sprayers, rightLogins]);
  return { wrong_logins: wrong, right_logins: right, wrong_answers: wrongAnswers };
}

/**
 * Issue 15: a spray of distinct wrong passwords from 4 clients (each a full PBKDF2) while one
 * client reads threads and one pair of sockets chats. Target: threads p99 and socket
 * send-to-receipt p99 at most 50 ms during the spray, and every login answered correctly.
 */
export const loginSpraySection: Section = {
  name: 'login spray',
  async run({ dir, seconds, log }) {
    const server = spawnStandIn(await freePort(), join(dir, 'login-spray.sqlite'));
    try {
      await waitForOk(`${server.url}/openapi.json`, server.startedAt);
      const quiet = await measureChat(server.url, 1000 * Math.min(seconds, 3));
      log(`login spray: ${SPRAYERS} clients for ${seconds} s`);
      const [during, logins] = await Promise.all([
        measureChat(server.url, seconds * 1000),
        spray(server.url, seconds * 1000),
      ]);
      const results = { sprayers: SPRAYERS, seconds, quiet, during, logins };
      const row = (name: string, s: { count: number; p50: number; p99: number }) => [
        name,
        f(s.count),
        f(s.p50, 1),
        f(s.p99, 1),
      ];
      return {
        key: 'login_spray',
        results,
        lines: [
          `Login spray: ${SPRAYERS} clients, distinct wrong passwords for ${seconds} s (${f(logins.wrong_logins)} wrong, ${f(logins.right_logins)} right logins; ${logins.wrong_answers} answered wrongly); ms`,
          ...table(
            ['measured', 'samples', 'p50', 'p99'],
            [
              row('GET /chat/get-user-threads/, quiet', quiet.threads_ms),
              row('GET /chat/get-user-threads/, during spray', during.threads_ms),
              row('socket send-to-receipt, quiet', quiet.socket_ms),
              row('socket send-to-receipt, during spray', during.socket_ms),
            ],
          ),
        ],
      };
    } finally {
      await server.stop();
    }
  },
};
