import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerProxyRoute, isProxyPath } from './findings-route.js';
import { forwardHttp, upstreamAgent } from './http-forward.js';
import { createRuntime, type ProxyOptions, type ProxyRuntime } from './runtime.js';
import { forwardSockets } from './socket-forward.js';

export interface RunningProxy {
  url: string;
  runtime: ProxyRuntime;
  close(): Promise<void>;
}

/** Why the proxy could not listen, in one line (port in use, no such address…). */
function listenError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  const where = `${host}:${port}`;
  if (error.code === 'EADDRINUSE')
    return new Error(`port ${port} is in use (${where}): pick another with --port`);
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND')
    return new Error(`cannot listen on ${where}: no such address on this machine (--host)`);
  if (error.code === 'EACCES') return new Error(`cannot listen on ${where}: permission denied`);
  return new Error(`cannot listen on ${where}: ${error.message}`);
}

/**
 * Starts the validating proxy: `/__proxy/…` is its own, every other request and the chat socket go
 * to the target, forwarded apart from judged (as Prism keeps negotiation apart from validation).
 *
 * @example
 * const proxy = await startProxy({ target: new URL('http://127.0.0.1:8000'), host: '127.0.0.1', port: 0 });
 */
export async function startProxy(options: ProxyOptions): Promise<RunningProxy> {
  const runtime = createRuntime(options);
  const agent = upstreamAgent(options.target);
  const server = createServer((req, res) => {
    req.on('error', () => res.destroy());
    res.on('error', () => {});
    if (isProxyPath(req.url ?? '/')) answerProxyRoute(runtime, req, res);
    else forwardHttp(runtime, agent, req, res);
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  forwardSockets(runtime, server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => reject(listenError(error, options.host, options.port)));
    server.listen(options.port, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    runtime,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        agent.destroy();
        for (const ws of runtime.openSockets) ws.terminate();
        server.close(() => resolve());
      }),
  };
}
