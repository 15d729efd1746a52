import { WALLET_TYPE_DISPLAY } from '../../spec/schemas/coins.js';
import { createChatStore } from './chat.js';
import type { Db } from './database.js';
import { createExecStore } from './exec.js';
import { createLedgerStore } from './ledger.js';
import { createUserStore } from './users.js';

/** Every table group's prepared statements over one database. */
export function createStore(db: Db) {
  const users = createUserStore(db);
  const chat = createChatStore(db);
  return {
    db,
    users,
    chat,
    ledger: createLedgerStore(db, WALLET_TYPE_DISPLAY),
    exec: createExecStore(db),
    /**
     * The one entry point for writes that go around the store modules (reset, reseed, snapshot
     * restore, anything touching `db` directly): call it after such a write, and every kept row
     * and ready body is dropped. Writes through the modules drop their own.
     */
    invalidateAll(): void {
      users.forget();
      chat.forgetReadyBytes();
    },
  };
}

export type Store = ReturnType<typeof createStore>;
