import { listDeposits, listTransactions, listWithdrawals } from '../../spec/routes/ledger.js';
/** Bare arrays, as documented (D12). */
export function registerLedgerRoutes(app, store) {
    app.openapi(listTransactions, (c) => c.json(store.ledger.listTransactions(), 200));
    app.openapi(listDeposits, (c) => c.json(store.ledger.listDeposits(), 200));
    app.openapi(listWithdrawals, (c) => c.json(store.ledger.listWithdrawals(), 200));
}
