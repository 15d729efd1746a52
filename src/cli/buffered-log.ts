import { writeSync } from 'node:fs';
import type { LogLine } from '../http/request-log.js';

export interface BufferedLog {
  /** Queues one line; it goes out within `everyMs`, with every other line queued meanwhile. */
  print: LogLine;
  /** Writes everything still held, now, waiting for a full pipe if it must: for the exit paths. */
  flush(): void;
}

export interface BufferedLogOptions {
  /** How long a line may wait for the next write (and between tries while a reader is behind). */
  everyMs?: number;
  /** Bytes queued that are written at once rather than when the wait is over. */
  writeAt?: number;
  /** Bytes held for a reader that is behind before the log waits for it (and so does the server). */
  holdAtMost?: number;
  /** Where a write that failed for good (EPIPE, ENOSPC) is reported, once; the log is off from then on. */
  onError?: (error: Error) => void;
}

const NOTHING: Buffer = Buffer.alloc(0);
const pause = new Int32Array(new SharedArrayBuffer(4));
const wouldBlock = (error: unknown) => (error as NodeJS.ErrnoException).code === 'EAGAIN';

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
      if (!wouldBlock(error)) throw error;
      if (!wait) return rest;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
  return rest;
}

/** The usual case, lines with nothing held before them: written as the string, no copy made. */
function writeText(fd: number, text: string, wait: boolean): Buffer {
  let written = 0;
  try {
    written = writeSync(fd, text);
  } catch (error) {
    if (!wouldBlock(error)) throw error;
  }
  if (written === Buffer.byteLength(text)) return NOTHING;
  return writeOut(fd, Buffer.from(text).subarray(written), wait);
}

/**
 * The request log as the CLI writes it: lines are queued and written together every `everyMs`
 * (or at `writeAt` bytes), instead of a `console.log` (a stream write and a system call) per line.
 * Not once per turn of the event loop: under load a turn answers one request per connection at
 * most, so that was still hundreds of writes a second; 10 ms is too short for a person watching to
 * notice.
 *
 * Writes are synchronous, to the descriptor itself rather than `process.stdout`, so nothing is
 * ever in flight: `flush()` on the way out writes exactly what is held, in order. A file, a
 * terminal or a blocking pipe simply takes each write. A non-blocking pipe (stdout inherited from
 * a parent that made it so, as `npm start | tee` does) may be full: the log then holds what the
 * reader has not taken and tries again `everyMs` later, and only past `holdAtMost` bytes
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
    everyMs = 10,
    writeAt = 64 * 1024,
    holdAtMost = 8 * 1024 * 1024,
    onError = () => {},
  }: BufferedLogOptions = {},
): BufferedLog {
  let queued = '';
  let held = NOTHING;
  let timer: NodeJS.Timeout | undefined;
  let broken = false;

  function write(wait: boolean): void {
    if (broken || (!queued && held.length === 0)) return;
    try {
      held =
        held.length === 0
          ? writeText(fd, queued, wait || queued.length > holdAtMost)
          : writeOut(
              fd,
              Buffer.concat([held, Buffer.from(queued)]),
              wait || held.length + queued.length > holdAtMost,
            );
      queued = '';
    } catch (error) {
      // The reader is gone or the disk is full: the stand-in goes on serving, and says so once.
      broken = true;
      queued = '';
      held = NOTHING;
      onError(error as Error);
      return;
    }
    if (held.length > 0) later();
  }

  function later(): void {
    timer ??= setTimeout(() => {
      timer = undefined;
      write(false);
    }, everyMs);
  }

  return {
    print(line) {
      queued += `${line}\n`;
      // While a reader is behind, the timer writes: the pipe would only refuse more now.
      if (queued.length >= writeAt && held.length === 0) write(false);
      else later();
    },
    flush() {
      clearTimeout(timer);
      timer = undefined;
      write(true);
    },
  };
}
