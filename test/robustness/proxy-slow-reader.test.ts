import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { startProxy } from '../../conformance/proxy/server.js';
import { SLOW_READER_CLOSE } from '../../spec/schemas/socket.js';
import { eventually } from '../support/standin.js';

const LIMIT = 512 * 1024;
/** Far more than the limit plus what loopback TCP buffers hold (a few MB each way). */
const FLOOD_BYTES = 24 * 1024 * 1024;
const FRAME = 'x'.repeat(60 * 1024);

/** A client that completes the handshake through the proxy, then never reads another byte. */
async function neverReadingClient(port: number): Promise<Socket> {
  const socket = connect(port, '127.0.0.1');
  socket.write(
    `GET /chat/room/ws/?token=t HTTP/1.1\r\nHost: proxy\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
  );
  const head = await new Promise<string>((resolve) =>
    socket.once('data', (c) => resolve(c.toString())),
  );
  expect(head).toMatch(/^HTTP\/1.1 101/);
  socket.pause();
  return socket;
}

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const undo of cleanup.splice(0)) await undo();
});

describe('The validating proxy and a client that never reads', () => {
  it('should close it with 1013 once it leaves more than the bound unread, as the stand-in does', async () => {
    // An upstream that floods every socket: the stand-in's own bound would close it first.
    const upstream = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    let sent = 0;
    let upstreamClose: number | undefined;
    upstream.on('connection', (ws) => {
      ws.on('close', (code) => {
        upstreamClose = code;
      });
      const pump = () => {
        while (sent < FLOOD_BYTES && ws.readyState === ws.OPEN && ws.bufferedAmount < 1024 * 1024) {
          ws.send(FRAME);
          sent += FRAME.length;
        }
        if (sent < FLOOD_BYTES && ws.readyState === ws.OPEN) setTimeout(pump, 1);
      };
      pump();
    });
    await new Promise((resolve) => upstream.once('listening', resolve));
    cleanup.push(() => new Promise((resolve) => upstream.close(resolve)));
    const lines: string[] = [];
    const proxy = await startProxy({
      target: new URL(`http://127.0.0.1:${(upstream.address() as AddressInfo).port}`),
      host: '127.0.0.1',
      port: 0,
      maxUnreadBytes: LIMIT,
      log: (line) => lines.push(line),
    });
    cleanup.push(() => proxy.close());
    const client = await neverReadingClient(Number(new URL(proxy.url).port));
    cleanup.push(() => client.destroy());
    await eventually(() => expect(upstreamClose).toBe(1001), 10_000);
    expect(
      lines.some((l) => l.startsWith(`closed a client socket with ${SLOW_READER_CLOSE.code}`)),
    ).toBe(true);
    // The flood stopped when the client was dropped: the proxy did not buffer it all.
    expect(sent).toBeLessThan(FLOOD_BYTES);
    // The connection is cut after the grace period, freeing what the proxy held for it.
    await eventually(() => expect(proxy.runtime.openSockets.size).toBe(0), 5000);
  });
});
