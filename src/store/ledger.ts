import type { Deposit, Transaction, Withdrawal } from '../../spec/schemas/ledger.js';
import type { Db } from './database.js';
import { toUserSummary, type UserRow } from './users.js';

/** The user columns joined into ledger rows, prefixed `u_` so they cannot clash. */
const USER_COLUMNS = `u.id AS u_id, u.email AS u_email, u.first_name AS u_first_name,
  u.last_name AS u_last_name, u.phone_number AS u_phone_number, u.has_kyc AS u_has_kyc,
  u.two_factor_enabled AS u_two_factor_enabled, u.two_factor_type AS u_two_factor_type`;

type Prefixed = { [K in keyof UserRow as `u_${K & string}`]: UserRow[K] };

function joinedUser(row: Prefixed) {
  return toUserSummary({
    id: row.u_id,
    email: row.u_email,
    first_name: row.u_first_name,
    last_name: row.u_last_name,
    phone_number: row.u_phone_number,
    has_kyc: row.u_has_kyc,
    two_factor_enabled: row.u_two_factor_enabled,
    two_factor_type: row.u_two_factor_type,
  } as UserRow);
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
      transactions.all().map((row) => ({
        id: row.id,
        user: joinedUser(row),
        amount: row.amount,
        transaction_type: row.transaction_type,
        status: row.status,
        created: row.created,
      })),
    listDeposits: (): Deposit[] =>
      deposits.all().map((row) => ({
        id: row.id,
        user: joinedUser(row),
        created: row.created,
        updated_at: row.updated_at,
        amount: row.amount,
        wallet_type: row.wallet_type,
        wallet_address: row.wallet_address,
        naira_amount: row.naira_amount,
        verified: row.verified === 1,
      })),
    listWithdrawals: (): Withdrawal[] =>
      withdrawals.all().map((row) => ({
        ...row,
        verified: row.verified === 1,
        wallet_type_display: walletTypeDisplay[row.wallet_type] ?? row.wallet_type,
      })),
  };
}

export type LedgerStore = ReturnType<typeof createLedgerStore>;
