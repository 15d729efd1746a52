import { WALLET_TYPE_DISPLAY } from '../../spec/schemas/coins.js';
import { createChatStore } from './chat/index.js';
import type { Db } from './database.js';
import { createExecStore } from './exec.js';
import { createLedgerStore } from './ledger.js';
import { createUserStore } from './users.js';

/** Every table group's prepared statements over one database. */
export function createStore(db: Db) {
  const users = createUserStore(db);
  const chat = createChatStore(db);
  /**
   * Drops every in-memory copy of table data: kept rows and ready bytes (D90). Whatever replaces
   * the data wholesale or writes around the store modules goes through `replaceData`, which calls
   * this, so a new cache is invalidated by adding it here. Writes through the modules drop their own.
   */
  const forgetCaches = (): void => {
    users.forget();
    chat.forget();
  };
  return {
    db,
    users,
    chat,
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
