import type { Store } from '../store/index.js';
import { type Router } from './mount.js';
/** Login and refresh as production-notes.md describes them (D23, D24). */
export declare function registerAuthRoutes(app: Router, store: Store, secret: () => string): void;
