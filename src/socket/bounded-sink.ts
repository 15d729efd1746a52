import type { WSContext } from 'hono/ws';
import { SLOW_READER_CLOSE } from '../../spec/schemas/socket.js';
import type { FrameSink } from './registry.js';

/** Unread frames a socket may hold before it is closed (`--socket-buffer-mb`). */
export const DEFAULT_MAX_UNREAD_BYTES = 4 * 1024 * 1024;

/** How long a closed slow reader may take to read its close frame before its connection is cut. */
const CLOSE_GRACE_MS = 2000;

/** The part of `ws`'s WebSocket (hono's `ws.raw`) this needs. */
interface RawSocket {
  bufferedAmount: number;
  terminate(): void;
}

/**
 * One socket as the registry sees it: frames go out until the client leaves more than
 * `maxUnreadBytes` unread (sent by us, not yet taken by its TCP stack), then no more are written
 * and the socket is closed with 1013 (D91). Without the bound a client that never reads makes the
 * server buffer every frame meant for it. The frames it missed are stored; history has them.
 */
export class BoundedSink implements FrameSink {
  #open = true;

  constructor(
    private readonly ws: WSContext,
    private readonly maxUnreadBytes: number,
    /** Called once, when the bound is passed: the registry drops the socket here. */
    private readonly onOverflow: (unreadBytes: number) => void,
  ) {}

  send(data: string): void {
    if (!this.#open) return;
    const raw = this.ws.raw as RawSocket | undefined;
    const unread = raw?.bufferedAmount ?? 0;
    // Characters, not bytes: chat text is mostly ASCII, and a bound need not be exact.
    if (unread + data.length <= this.maxUnreadBytes) {
      this.ws.send(data);
      return;
    }
    this.#open = false;
    this.onOverflow(unread);
    this.ws.close(SLOW_READER_CLOSE.code, SLOW_READER_CLOSE.reason);
    // The close frame waits behind the unread ones; a client that still reads nothing is cut off,
    // which frees what the server holds for it.
    setTimeout(() => raw?.terminate(), CLOSE_GRACE_MS).unref();
  }

  close(code?: number, reason?: string): void {
    this.ws.close(code, reason);
  }
}
