import { type BoundedSink, DEFAULT_MAX_UNREAD_BYTES } from '../socket/bounded-sink.js';
import { deliverWithFaults } from '../socket/delivery.js';
import { MessageWriter } from '../socket/message-writer.js';
import { ConnectionRegistry } from '../socket/registry.js';
import { AssumptionBreaks } from '../state/assumption-breaks.js';
import { FaultSet } from '../state/fault-rules.js';
import { DEFAULT_JOURNAL_SIZE, Journal } from '../state/request-journal.js';
import { CommitThread } from '../store/commit-thread.js';
import type { Store } from '../store/index.js';

export interface RuntimeOptions {
  store: Store;
  /** Seeds the generator drop faults draw from (`--seed`), so a run replays the same drops. */
  seed?: number;
  /** Journal entries kept (`--journal N`); 0 switches the journal off. */
  journalSize?: number;
  /** Frames a socket may leave unread before it is closed with 1013 (D91); default 4 MB. */
  maxUnreadBytes?: number;
  /** Break the contract's assumptions from the start (`--break-assumptions`, D126), at this rate. */
  breakAssumptions?: { broken: boolean; rate?: number };
}

/**
 * What one stand-in holds while it runs, apart from how it is served: the store, the fault rules
 * and the journal the controls change, the open sockets, and the thread that commits chat. The
 * Hono app (src/app/app.ts) is built on it; the server adapters (src/server/) start and end it.
 *
 * @example
 * const runtime = createRuntime({ store });
 * const { app } = createApp(runtime, { secret: () => s, origin: () => url, reset });
 */
export function createRuntime({
  store,
  seed = 0,
  journalSize = DEFAULT_JOURNAL_SIZE,
  maxUnreadBytes = DEFAULT_MAX_UNREAD_BYTES,
  breakAssumptions,
}: RuntimeOptions) {
  const faults = new FaultSet(seed);
  const breaks = new AssumptionBreaks(seed, breakAssumptions?.broken, breakAssumptions?.rate);
  const journal = new Journal(journalSize);
  const registry = new ConnectionRegistry<BoundedSink>(
    deliverWithFaults(faults, journal.recordSocket),
  );
  // A file database commits messages on a thread of its own (D110); `:memory:` cannot be shared.
  const commitThread = store.db.memory ? undefined : new CommitThread(store.db.name);
  const writer = new MessageWriter(store.chat, commitThread);
  return {
    store,
    faults,
    journal,
    /** Broken assumptions (D126): set by `--break-assumptions` and `POST /__mock/assumptions`. */
    breaks,
    registry,
    writer,
    maxUnreadBytes,
    /** The chat's commit thread (D110), with a database file: the server starts and ends it. */
    commitThread,
    /** Ends the commit thread and closes the database: after the server stopped serving. */
    close() {
      commitThread?.close();
      store.db.close();
    },
  };
}

export type Runtime = ReturnType<typeof createRuntime>;
