import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppSocket } from '../support/app-client.js';
import { eventually } from '../support/standin.js';
import { findingKeys, useValidatingProxy } from '../support/validating-proxy.js';

const validating = useValidatingProxy();
const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

/** A target that refuses every socket handshake with `status`. */
async function refusingTarget(status: number): Promise<string> {
  const server = createServer((_req, res) => res.writeHead(404).end());
  server.on('upgrade', (_req, socket) =>
    socket.end(`HTTP/1.1 ${status} Refused\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => server.close());
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('The validating proxy on a refused socket handshake', () => {
  it('should report a 5xx refusal as a server error, and count it', async () => {
    const proxy = await validating(await refusingTarget(503));
    const refused = await openAppSocket(proxy.url.replace(/^http/, 'ws'), 't').catch((e) => e);
    expect(String(refused)).toContain('503');
    await eventually(() => expect(proxy.runtime.counts.refused).toBe(1));
    expect(findingKeys(proxy.runtime.findings.list())).toEqual([
      'server socket not_a_server_error',
    ]);
  });

  it('should count a 4xx refusal without a finding: refusing a bad token is documented', async () => {
    const proxy = await validating(await refusingTarget(403));
    await openAppSocket(proxy.url.replace(/^http/, 'ws'), 't').catch(() => undefined);
    await eventually(() => expect(proxy.runtime.counts.refused).toBe(1));
    expect(proxy.runtime.findings.list()).toEqual([]);
  });
});
