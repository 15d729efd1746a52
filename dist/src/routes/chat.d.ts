import type { Store } from '../store/index.js';
import type { Router } from './mount.js';
/** Chat history and threads, live from the database. */
export declare function registerChatRoutes(app: Router, store: Store): void;
