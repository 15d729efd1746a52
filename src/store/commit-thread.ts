import { Worker } from 'node:worker_threads';
import type { CommitOutcome, NewMessage, WriterSettings } from './chat/message-commit.js';
import type { CommitReply, CommitRequest } from './message-commit-thread.js';

/**
 * A commit thread with nothing to do for this long ends, giving its memory back; the next message
 * starts another, and waits for it (~40 ms). Minutes, not seconds: people chat with pauses, and at
 * 5 s a chat's next message after any pause paid that start (the login spray's quiet p99 of 45 ms).
 */
const DEFAULT_IDLE_MS = 10 * 60_000;

/** What the thread answers (a batch's outcomes, its connection's settings), or why it could not. */
type Reply = { outcomes: CommitOutcome[] } | { settings: WriterSettings } | { failed: string };

/** A question posted and not yet answered, with the thread it was posted to. */
type Waiting = { resolve: (reply: Reply) => void; worker: Worker };

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
  async commit(batch: readonly NewMessage[]): Promise<CommitOutcome[]> {
    const reply = await this.#ask({ batch });
    if ('outcomes' in reply) return reply.outcomes;
    const error = `commit thread: ${'failed' in reply ? reply.failed : 'no outcomes'}`;
    return batch.map(() => ({ error }));
  }

  /**
   * The settings of the thread's own connection (`synchronous`, `journal_mode`…), read back from
   * it: the connection that writes chat messages. Starts the thread when none runs. An Error when
   * the thread failed.
   */
  async settings(): Promise<WriterSettings | Error> {
    const reply = await this.#ask({ read: 'settings' });
    if ('settings' in reply) return reply.settings;
    return new Error(`commit thread: ${'failed' in reply ? reply.failed : 'no settings'}`);
  }

  /** Posts a question to the thread (started if need be); resolves with its reply. */
  #ask(question: { batch: readonly NewMessage[] } | { read: 'settings' }): Promise<Reply> {
    clearTimeout(this.#idle);
    const worker = this.#worker ?? this.#start();
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#waiting.set(id, { resolve, worker });
      worker.postMessage({ id, ...question } satisfies CommitRequest);
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
    worker.on('message', ({ id, ...reply }: CommitReply) => {
      this.#waiting.get(id)?.resolve(reply);
      this.#waiting.delete(id);
      if (this.#waiting.size === 0)
        this.#idle = setTimeout(() => this.#stop(), this.idleMs).unref();
    });
    // A thread that fails stores nothing more: what it was given is answered as not stored. Only
    // what it was given: a thread ended (idle, or closed) reports its exit after a successor may
    // already hold the next batch.
    const fail = (reason: unknown) => {
      if (this.#worker === worker) this.#worker = undefined;
      for (const [id, waiting] of this.#waiting) {
        if (waiting.worker !== worker) continue;
        waiting.resolve({ failed: String(reason) });
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
