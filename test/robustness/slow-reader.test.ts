import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { SLOW_READER_CLOSE } from '../../spec/schemas/socket.js';
import { issueToken } from '../../src/auth/jwt.js';
import { readMeta } from '../../src/store/database.js';
import {
  CODEBEE,
  eventually,
  KYRIAN,
  startTestStandIn,
  type TestStandIn,
  UDO,
} from '../support/standin.js';

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;
const heapMb = () => {
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

const LIMIT = 512 * 1024;
/** Far more than the limit plus what loopback TCP buffers hold (a few MB each way). */
const FLOOD_BYTES = 24 * 1024 * 1024;
const BODY = 'x'.repeat(4000);

/** A socket client that completes the handshake and then never reads another byte. */
async function neverReadingClient(wsUrl: string, token: string): Promise<Socket> {
  const url = new URL(`${wsUrl}?token=${token}`);
  const socket = connect(Number(url.port), url.hostname);
  socket.write(
    `GET ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\nUpgrade: websocket\r\n` +
      `Connection: Upgrade\r\nSec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\n` +
      'Sec-WebSocket-Version: 13\r\n\r\n',
  );
  const head = await new Promise<string>((resolve) =>
    socket.once('data', (chunk) => resolve(chunk.toString())),
  );
  expect(head).toMatch(/^HTTP\/1.1 101/);
  socket.pause();
  return socket;
}

function open(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

let standIn: TestStandIn;
beforeAll(async () => {
  standIn = await startTestStandIn({ users: 4, messages: 0, maxUnreadBytes: LIMIT });
}, 60_000);
afterAll(() => standIn.stop());

describe('A client that never reads', () => {
  it('should be closed with 1013 past the unread limit, with memory bounded, every message stored and other sockets unaffected', async () => {
    const secret = readMeta(standIn.store.db, 'jwt_secret') as string;
    const token = (id: string) => issueToken(secret, id, 'access');
    const slow = await neverReadingClient(standIn.wsUrl, token(KYRIAN.id));
    const sender = await open(`${standIn.wsUrl}?token=${token(UDO.id)}`);
    const bystander = await open(`${standIn.wsUrl}?token=${token(CODEBEE.id)}`);
    const bystanderFrames: string[] = [];
    bystander.on('message', (data) => bystanderFrames.push(data.toString()));

    const baselineHeap = heapMb();
    // Once the server has let it go, the client reads again, and finds its close frame behind
    // the frames it had left unread (within the grace before the connection is cut).
    const closeFrame = Buffer.from([0x88]);
    const code = Buffer.alloc(2);
    code.writeUInt16BE(SLOW_READER_CLOSE.code);
    let received = Buffer.alloc(0);
    slow.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received.subarray(-64), chunk]);
    });
    let peakUnread = 0;
    const sampler = setInterval(() => {
      peakUnread = Math.max(peakUnread, standIn.unreadBytes());
      if (slow.isPaused() && standIn.connections().sockets === 2) slow.resume();
    }, 2);
    const messages = Math.ceil(FLOOD_BYTES / BODY.length);
    for (let i = 0; i < messages; i += 1) {
      sender.send(
        JSON.stringify({ action: 'chat_message', message_body: BODY, receiver_id: KYRIAN.id }),
      );
      if (i % 50 === 0) {
        // The other sockets keep working while the flood runs.
        sender.send(
          JSON.stringify({
            action: 'chat_message',
            message_body: `aside ${i}`,
            receiver_id: CODEBEE.id,
          }),
        );
        // Paced by the sender's own buffer, so this process's memory is the server's.
        while (sender.bufferedAmount > 256 * 1024) await new Promise((r) => setTimeout(r, 1));
      }
    }
    const asides = Math.ceil(messages / 50);
    await eventually(() => expect(bystanderFrames).toHaveLength(asides), 20_000);
    clearInterval(sampler);

    const db = new Database(standIn.dbPath, { readonly: true });
    const stored = db
      .prepare('SELECT COUNT(*) AS n FROM messages WHERE receiver_id = ? AND body = ?')
      .get(KYRIAN.id, BODY) as { n: number };
    db.close();
    expect(stored.n).toBe(messages);
    // The server holds at most the limit plus a frame for the slow client, and its heap shows it.
    expect(peakUnread).toBeLessThanOrEqual(LIMIT + 2 * BODY.length);
    expect(heapMb() - baselineHeap).toBeLessThan(8);
    expect(sender.readyState).toBe(WebSocket.OPEN);
    expect(standIn.connections()).toMatchObject({ sockets: 2, users: 2 });

    await eventually(() => {
      const at = received.lastIndexOf(closeFrame);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(received.subarray(at + 2, at + 4)).toEqual(code);
    }, 5000);
    // Past the close grace the server cuts the connection: the WebSocket server lets go of it too.
    await eventually(() => expect(standIn.connections().wsClients).toBe(2), 5000);
    slow.destroy();
    sender.close();
    bystander.close();
  }, 60_000);
});
