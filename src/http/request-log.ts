import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './hono-env.js';

export type LogLine = (line: string) => void;

/**
 * The path as the client sent it, still percent-encoded, with any control character escaped: a
 * decoded `%0A` would let a URL write a forged line into the log.
 */
export function loggablePath(url: string): string {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  const path = start < 0 ? '/' : url.slice(start).split(/[?#]/)[0] || '/';
  return path.replace(/\p{Cc}/gu, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** The request log's line for one exchange: the middleware below and the read lane print it. */
export function logLine(
  method: string,
  url: string,
  status: number,
  ms: number,
  fault?: string,
  deviation?: string,
): string {
  return `${method} ${loggablePath(url)} ${status} ${ms.toFixed(1)}ms${fault ? ` fault=${fault}` : ''}${deviation ? ` deviation ${deviation}` : ''}`;
}

/**
 * One line per request, preflights included: method, raw path, status, milliseconds, and the
 * network fault that answered instead (D51), since its status was never sent, and the decision a
 * lenient answer relied on (`deviation D7; ...`, D63).
 */
export function requestLog(print: LogLine): MiddlewareHandler<AppEnv> {
  return async function requestLog(c, next) {
    const started = performance.now();
    await next();
    print(
      logLine(
        c.req.method,
        c.req.url,
        c.res.status,
        performance.now() - started,
        c.get('fault'),
        c.get('deviation'),
      ),
    );
  };
}
