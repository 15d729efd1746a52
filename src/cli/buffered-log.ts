import { writeSync } from 'node:fs';
import type { LogLine } from '../http/request-log.js';

export interface BufferedLog {
  /** Queues one line; it goes out with every other line queued in the same turn of the event loop. */
  print: LogLine;
  /** Writes everything still held, now, waiting for a full pipe if it must: for the exit paths. */
  flush(): void;
}

export interface BufferedLogOptions {
  /** Bytes queued in one turn that are written at once rather than at the end of the turn. */
  writeAt?: number;
  /** Bytes held for a reader that is behind before the log waits for it (and so does the server). */
  holdAtMost?: number;
  /** Where a write that failed for good (EPIPE, ENOSPC) is reported, once; the log is off from then on. */
  onError?: (error: Error) => void;
}

/** How long the log waits between tries while a reader is behind. */
const RETRY_MS = 5;
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes `bytes` to `fd` until it is all written or, unless `wait`, until the descriptor would
 * block (a non-blocking pipe that is full: EAGAIN). Answers what is left.
 */
function writeOut(fd: number, bytes: Buffer, wait: boolean): Buffer {
  let rest = bytes;
  while (rest.length > 0) {
    try {
      rest = rest.subarray(writeSync(fd, rest));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      if (!wait) return rest;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
  return rest;
}

/**
 * The request log as the CLI writes it: lines are queued and written with one `write` per turn of
 * the event loop instead of a `console.log` (a stream write and a system call) per line.
 *
 * Writes are synchronous, to the descriptor itself rather than `process.stdout`, so nothing is
 * ever in flight: `flush()` on the way out writes exactly what is held, in order. A file, a
 * terminal or a blocking pipe simply takes each write. A non-blocking pipe (stdout inherited from
 * a parent that made it so, as `npm start | tee` does) may be full: the log then holds what the
 * reader has not taken and tries again a few milliseconds later, and only past `holdAtMost` bytes
 * waits for the reader, holding the server up with it, rather than growing without bound. Only a
 * SIGKILL loses lines: at most what was queued since the last write.
 *
 * @example
 * const log = bufferedLog(1);
 * process.on('exit', log.flush);
 * const standIn = await startStandIn(config, log.print);
 */
export function bufferedLog(
  fd: number,
  {
    writeAt = 64 * 1024,
    holdAtMost = 8 * 1024 * 1024,
    onError = () => {},
  }: BufferedLogOptions = {},
): BufferedLog {
  let queued = '';
  let held: Buffer = Buffer.alloc(0);
  let endOfTurn = false;
  let retry: NodeJS.Timeout | undefined;
  let broken = false;

  function write(wait: boolean): void {
    endOfTurn = false;
    if (broken || (!queued && held.length === 0)) return;
    const bytes = queued ? Buffer.concat([held, Buffer.from(queued)]) : held;
    queued = '';
    try {
      held = writeOut(fd, bytes, wait || bytes.length > holdAtMost);
    } catch (error) {
      // The reader is gone or the disk is full: the stand-in goes on serving, and says so once.
      broken = true;
      held = Buffer.alloc(0);
      onError(error as Error);
      return;
    }
    if (held.length > 0 && !retry)
      retry = setTimeout(() => {
        retry = undefined;
        write(false);
      }, RETRY_MS);
  }

  return {
    print(line) {
      queued += `${line}\n`;
      // While a reader is behind, the retry timer writes; a turn's end would only find it full.
      if (held.length > 0) return;
      if (queued.length >= writeAt) write(false);
      else if (!endOfTurn) {
        endOfTurn = true;
        setImmediate(() => write(false));
      }
    },
    flush() {
      clearTimeout(retry);
      retry = undefined;
      write(true);
    },
  };
}
