import { type Deposit, type Transaction, type Withdrawal } from '../../spec/schemas/ledger.js';
import type { Db } from './database.js';
/** The three ledger lists, newest first (DECISIONS.md D12). */
export declare function createLedgerStore(db: Db, walletTypeDisplay: Record<string, string>): {
    listTransactions: () => Transaction[];
    listDeposits: () => Deposit[];
    listWithdrawals: () => Withdrawal[];
};
export type LedgerStore = ReturnType<typeof createLedgerStore>;
