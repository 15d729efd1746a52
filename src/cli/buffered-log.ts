import { writeSync } from 'node:fs';
import type { LogLine } from '../http/request-log.js';

export interface BufferedLog {
  /** Queues one line; it goes out with every other line queued in the same turn of the event loop. */
  print: LogLine;
  /** Writes every queued line now, synchronously: what the exit paths call. */
  flush(): void;
}

export interface BufferedLogOptions {
  /** Queued bytes (about) that are written at once instead of at the end of the turn. */
  maxQueued?: number;
  /** Where a write that failed for good is reported, once; the log is off from then on. */
  onError?: (error: Error) => void;
}

/** For the pause between retries on a non-blocking descriptor that is full (EAGAIN). */
const pause = new Int32Array(new SharedArrayBuffer(4));

/** Writes all of `bytes`, as many calls as the descriptor takes; a full pipe is waited for. */
function writeAll(fd: number, bytes: Buffer): void {
  let rest = bytes;
  while (rest.length > 0) {
    try {
      rest = rest.subarray(writeSync(fd, rest));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}

/**
 * The request log as the CLI writes it: lines are queued and written with one `write` per turn of
 * the event loop, not one per line. A `console.log` per request (a formatted string, a stream
 * write and a system call each) cost the docs conversation 0.3 of its throughput with stdout on
 * a file, and up to 0.6 on this 2-core machine under other load (`npm run bench -- --only request-log`).
 *
 * Each write is synchronous, to the descriptor itself rather than `process.stdout`: nothing is ever
 * in flight, so `flush()` on the way out writes exactly what is still queued, in order, and a reader
 * that falls behind (a full pipe) holds the server up as the old synchronous writes did instead of
 * letting the queue grow. Only a SIGKILL loses lines: at most one turn's worth.
 *
 * @example
 * const log = bufferedLog(1);
 * process.on('exit', log.flush);
 * const standIn = await startStandIn(config, log.print);
 */
export function bufferedLog(
  fd: number,
  { maxQueued = 64 * 1024, onError = () => {} }: BufferedLogOptions = {},
): BufferedLog {
  let queued = '';
  let scheduled = false;
  let broken = false;

  function flush(): void {
    scheduled = false;
    if (!queued || broken) return;
    const text = queued;
    queued = '';
    try {
      writeAll(fd, Buffer.from(text));
    } catch (error) {
      // The reader is gone (EPIPE) or the disk is full: keep serving, say so once.
      broken = true;
      onError(error as Error);
    }
  }

  return {
    print(line) {
      queued += `${line}\n`;
      if (queued.length >= maxQueued) flush();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    flush,
  };
}
