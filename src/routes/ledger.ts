import { listDeposits, listTransactions, listWithdrawals } from '../../spec/routes/ledger.js';
import type { Store } from '../store/index.js';
import type { Router } from './mount.js';

/** Bare arrays, as documented (D12). */
export function registerLedgerRoutes(app: Router, store: Store) {
  app.openapi(listTransactions, (c) => c.json(store.ledger.listTransactions(), 200));
  app.openapi(listDeposits, (c) => c.json(store.ledger.listDeposits(), 200));
  app.openapi(listWithdrawals, (c) => c.json(store.ledger.listWithdrawals(), 200));
}
