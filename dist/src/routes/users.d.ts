import type { Store } from '../store/index.js';
import type { Router } from './mount.js';
export declare function registerUserRoutes(app: Router, store: Store): void;
