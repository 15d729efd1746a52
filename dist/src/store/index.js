import { WALLET_TYPE_DISPLAY } from '../../spec/schemas/coins.js';
import { createChatStore } from './chat.js';
import { createExecStore } from './exec.js';
import { createLedgerStore } from './ledger.js';
import { createUserStore } from './users.js';
/** Every table group's prepared statements over one database. */
export function createStore(db) {
    return {
        db,
        users: createUserStore(db),
        chat: createChatStore(db),
        ledger: createLedgerStore(db, WALLET_TYPE_DISPLAY),
        exec: createExecStore(db),
    };
}
