import type { Store } from '../store/index.js';
import type { Router } from './mount.js';
/** Bare arrays, as documented (D12). */
export declare function registerLedgerRoutes(app: Router, store: Store): void;
