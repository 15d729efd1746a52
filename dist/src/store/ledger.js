import { DepositSchema, TransactionSchema, WithdrawalSchema, } from '../../spec/schemas/ledger.js';
import { UserSummarySchema } from '../../spec/schemas/users.js';
import { fromRow } from './from-row.js';
/** The user fields the contract nests in ledger rows, joined with a `u_` prefix so they cannot clash. */
const USER_FIELDS = Object.keys(UserSummarySchema.shape);
const USER_COLUMNS = USER_FIELDS.map((field) => `u.${field} AS u_${field}`).join(', ');
function joinedUser(row) {
    const source = row;
    return fromRow(UserSummarySchema, Object.fromEntries(USER_FIELDS.map((field) => [field, source[`u_${field}`]])));
}
/** The three ledger lists, newest first (DECISIONS.md D12). */
export function createLedgerStore(db, walletTypeDisplay) {
    const transactions = db.prepare(`
    SELECT t.id, t.amount, t.transaction_type, t.status, t.created, ${USER_COLUMNS}
    FROM transactions t JOIN users u ON u.id = t.user_id ORDER BY t.created DESC, t.id`);
    const deposits = db.prepare(`
    SELECT d.id, d.created, d.updated_at, d.amount, d.wallet_type, d.wallet_address,
           d.naira_amount, d.verified, ${USER_COLUMNS}
    FROM deposits d JOIN users u ON u.id = d.user_id ORDER BY d.created DESC, d.id`);
    const withdrawals = db.prepare(`
    SELECT id, created, amount, wallet_type, wallet_address, naira_amount, verified
    FROM withdrawals ORDER BY created DESC, id`);
    return {
        listTransactions: () => transactions.all().map((row) => fromRow(TransactionSchema, row, { user: joinedUser(row) })),
        listDeposits: () => deposits.all().map((row) => fromRow(DepositSchema, row, { user: joinedUser(row) })),
        listWithdrawals: () => withdrawals.all().map((row) => fromRow(WithdrawalSchema, row, {
            wallet_type_display: walletTypeDisplay[row.wallet_type] ?? row.wallet_type,
        })),
    };
}
