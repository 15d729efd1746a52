import { WALLET_TYPE_DISPLAY } from '../../spec/schemas/coins.js';
import { createChatStore } from './chat.js';
import type { Db } from './database.js';
import { createExecStore } from './exec.js';
import { createLedgerStore } from './ledger.js';
import { createUserStore } from './users.js';

/** Every table group's prepared statements over one database. */
export function createStore(db: Db) {
  const users = createUserStore(db);
  /**
   * Drops every in-memory copy of table data. Whatever replaces the data wholesale goes through
   * `replaceData`, which calls this, so a new cache is invalidated by adding it here.
   */
  const forgetCaches = (): void => {
    users.forget();
  };
  return {
    db,
    users,
    chat: createChatStore(db),
    ledger: createLedgerStore(db, WALLET_TYPE_DISPLAY),
    exec: createExecStore(db, users),
    forgetCaches,
    /** Replaces the data wholesale (reset, reseed, snapshot restore), then forgets every cache. */
    async replaceData(write: () => Promise<void> | void): Promise<void> {
      try {
        await write();
      } finally {
        forgetCaches();
      }
    },
  };
}

export type Store = ReturnType<typeof createStore>;
