import { type NodeError, StartupError } from '../store/startup-error.js';

/** The one-line reason a listen failed, and what to do about it. */
export function listenError(error: NodeError, host: string, port: number): Error {
  const where = `${host}:${port}`;
  switch (error.code) {
    case 'EADDRINUSE':
      return new StartupError(
        `port ${port} is already in use on ${host}: stop whatever holds it, or start with --port <another port> (--port 0 picks a free one)`,
      );
    case 'EACCES':
      return new StartupError(
        `not allowed to listen on ${where}: use a port above 1023 (--port 8000)`,
      );
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return new StartupError(
        `cannot listen on ${where}: ${host} is not an address of this machine; try --host 127.0.0.1`,
      );
    default:
      return error;
  }
}
