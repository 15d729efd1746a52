import { Worker } from 'node:worker_threads';
import type { CommitOutcome, NewMessage } from './chat/message-commit.js';
import type { CommitReply, CommitRequest } from './message-commit-thread.js';

/**
 * A commit thread with nothing to do for this long ends, giving its memory back; the next message
 * starts another, and waits for it (~40 ms). Minutes, not seconds: people chat with pauses, and at
 * 5 s a chat's next message after any pause paid that start (the login spray's quiet p99 of 45 ms).
 */
const DEFAULT_IDLE_MS = 10 * 60_000;

/** A batch posted and not yet answered, with the thread it was posted to. */
type Waiting = { resolve: (outcomes: CommitOutcome[]) => void; size: number; worker: Worker };

/**
 * Group commits of chat messages on a worker thread with its own connection to the database file
 * (D110): SQLite, its fsync included, was a third of the event loop's time at 1,000 sockets, and
 * better-sqlite3 blocks the thread it runs on. The thread starts with the first message and ends
 * after `idleMs` without one or with `close()`, so a server (or test) that sends none never holds
 * one.
 *
 * @example
 * const thread = new CommitThread('/data/9app.sqlite');
 * const outcomes = await thread.commit([{ senderId, receiverId, body, created }]);
 */
export class CommitThread {
  #worker: Worker | undefined;
  #nextId = 1;
  readonly #waiting = new Map<number, Waiting>();
  #idle: NodeJS.Timeout | undefined;

  constructor(
    private readonly path: string,
    private readonly idleMs = DEFAULT_IDLE_MS,
  ) {}

  /** Whether a thread is running now: for tests of the idle end. */
  get running(): boolean {
    return this.#worker !== undefined;
  }

  /**
   * Starts the thread ahead of the first message (a socket opened): its start, ~40 ms, is paid
   * while the client is still getting ready rather than by the message. Ends when idle as usual.
   */
  warmUp(): void {
    if (this.#worker) return;
    this.#start();
    this.#idle = setTimeout(() => this.#stop(), this.idleMs).unref();
  }

  /** Stores `batch` in one transaction on the commit thread. Never rejects: failures are outcomes. */
  commit(batch: readonly NewMessage[]): Promise<CommitOutcome[]> {
    clearTimeout(this.#idle);
    const worker = this.#worker ?? this.#start();
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#waiting.set(id, { resolve, size: batch.length, worker });
      worker.postMessage({ id, batch } satisfies CommitRequest);
    });
  }

  #start(): Worker {
    // No execArgv: a `--import tsx` inherited from `npm start` would load a TypeScript loader (and
    // its own thread) for a file that is plain JavaScript.
    const worker = new Worker(new URL('./message-commit-thread.js', import.meta.url), {
      workerData: { path: this.path },
      execArgv: [],
    });
    worker.unref();
    worker.on('message', ({ id, outcomes }: CommitReply) => {
      this.#waiting.get(id)?.resolve(outcomes);
      this.#waiting.delete(id);
      if (this.#waiting.size === 0)
        this.#idle = setTimeout(() => this.#stop(), this.idleMs).unref();
    });
    // A thread that fails stores nothing more: what it was given is answered as not stored. Only
    // what it was given: a thread ended (idle, or closed) reports its exit after a successor may
    // already hold the next batch.
    const fail = (reason: unknown) => {
      if (this.#worker === worker) this.#worker = undefined;
      const error = `commit thread: ${String(reason)}`;
      for (const [id, waiting] of this.#waiting) {
        if (waiting.worker !== worker) continue;
        waiting.resolve(Array.from({ length: waiting.size }, () => ({ error })));
        this.#waiting.delete(id);
      }
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    this.#worker = worker;
    return worker;
  }

  /** Ends the thread now (the server closing); a later message would start another. */
  close(): void {
    clearTimeout(this.#idle);
    this.#stop();
  }

  #stop(): void {
    const worker = this.#worker;
    this.#worker = undefined;
    void worker?.terminate();
  }
}
