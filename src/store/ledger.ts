import {
  type Deposit,
  DepositSchema,
  type Transaction,
  TransactionSchema,
  type Withdrawal,
  WithdrawalSchema,
} from '../../spec/schemas/ledger.js';
import { UserSummarySchema } from '../../spec/schemas/users.js';
import type { Db } from './database.js';
import { fromRow } from './from-row.js';
import type { UserRow } from './users.js';

/** The user fields the contract nests in ledger rows, joined with a `u_` prefix so they cannot clash. */
const USER_FIELDS = Object.keys(UserSummarySchema.shape);
const USER_COLUMNS = USER_FIELDS.map((field) => `u.${field} AS u_${field}`).join(', ');

type Prefixed = { [K in keyof UserRow as `u_${K & string}`]: UserRow[K] };

function joinedUser(row: Prefixed) {
  const source = row as unknown as Record<string, unknown>;
  return fromRow(
    UserSummarySchema,
    Object.fromEntries(USER_FIELDS.map((field) => [field, source[`u_${field}`]])),
  );
}

type TransactionRow = Omit<Transaction, 'user'> & Prefixed;
type DepositRow = Omit<Deposit, 'user' | 'verified'> & Prefixed & { verified: number };
type WithdrawalRow = Omit<Withdrawal, 'verified' | 'wallet_type_display'> & { verified: number };

/** The three ledger lists, newest first (DECISIONS.md D12). */
export function createLedgerStore(db: Db, walletTypeDisplay: Record<string, string>) {
  const transactions = db.prepare<[], TransactionRow>(`
    SELECT t.id, t.amount, t.transaction_type, t.status, t.created, ${USER_COLUMNS}
    FROM transactions t JOIN users u ON u.id = t.user_id ORDER BY t.created DESC, t.id`);
  const deposits = db.prepare<[], DepositRow>(`
    SELECT d.id, d.created, d.updated_at, d.amount, d.wallet_type, d.wallet_address,
           d.naira_amount, d.verified, ${USER_COLUMNS}
    FROM deposits d JOIN users u ON u.id = d.user_id ORDER BY d.created DESC, d.id`);
  const withdrawals = db.prepare<[], WithdrawalRow>(`
    SELECT id, created, amount, wallet_type, wallet_address, naira_amount, verified
    FROM withdrawals ORDER BY created DESC, id`);

  return {
    listTransactions: (): Transaction[] =>
      transactions.all().map((row) => fromRow(TransactionSchema, row, { user: joinedUser(row) })),
    listDeposits: (): Deposit[] =>
      deposits.all().map((row) => fromRow(DepositSchema, row, { user: joinedUser(row) })),
    listWithdrawals: (): Withdrawal[] =>
      withdrawals.all().map((row) =>
        fromRow(WithdrawalSchema, row, {
          wallet_type_display: walletTypeDisplay[row.wallet_type] ?? row.wallet_type,
        }),
      ),
  };
}

export type LedgerStore = ReturnType<typeof createLedgerStore>;
