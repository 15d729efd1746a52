import { createServer } from 'node:http';
import { type AddressInfo, createServer as createTcpServer, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startProxy } from '../../conformance/proxy/server.js';
import { eventually } from '../support/standin.js';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const undo of cleanup.splice(0).reverse()) await undo();
});

async function listening(server: {
  listen: (port: number, host: string, done: () => void) => unknown;
  address: () => AddressInfo | string | null;
}): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function proxyTo(target: string) {
  const proxy = await startProxy({
    target: new URL(target),
    host: '127.0.0.1',
    port: 0,
    log: () => {},
    onFinding: () => {},
  });
  cleanup.push(() => proxy.close());
  return proxy;
}

describe('The validating proxy when a client hangs up', () => {
  it('should record no finding for a request its client aborted before the answer', async () => {
    let arrived = false;
    // A target that is slow but healthy: it would answer, had the client waited.
    const slow = createServer((req, res) => {
      arrived = true;
      req.resume();
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'), 500);
    });
    cleanup.push(() => slow.close());
    const proxy = await proxyTo(await listening(slow));
    const aborted = new AbortController();
    const answer = fetch(`${proxy.url}/auth/user/`, { signal: aborted.signal }).catch(() => 'gone');
    await eventually(() => expect(arrived).toBe(true));
    aborted.abort();
    expect(await answer).toBe('gone');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(proxy.runtime.findings.list()).toEqual([]);
  });
});

describe('The validating proxy closing', () => {
  it('should close promptly while a target never answers a socket handshake', async () => {
    const held: Socket[] = [];
    // Accepts the TCP connection, reads the upgrade request, never answers it.
    const mute = createTcpServer((socket) => held.push(socket.on('data', () => {})));
    cleanup.push(() => {
      for (const socket of held) socket.destroy();
      mute.close();
    });
    const proxy = await proxyTo(await listening(mute));
    const client = new WebSocket(`${proxy.url.replace(/^http/, 'ws')}/chat/room/ws/?token=t`);
    client.on('error', () => {});
    await eventually(() => expect(held).toHaveLength(1));
    const closed = await Promise.race([
      proxy.close().then(() => 'closed'),
      new Promise((resolve) => setTimeout(resolve, 3000, 'still open')),
    ]);
    expect(closed).toBe('closed');
  });
});
