import type { MiddlewareHandler } from 'hono';
export type LogLine = (line: string) => void;
/** One line per request: method, path, status, milliseconds. */
export declare function requestLog(print: LogLine): MiddlewareHandler;
