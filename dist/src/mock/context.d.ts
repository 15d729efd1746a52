import type { Store } from '../store/index.js';
/** What every `/__mock/*` control may use: the store, the signing secret, and the reseed. */
export interface MockContext {
    store: Store;
    secret: () => string;
    reset: () => Promise<void> | void;
}
