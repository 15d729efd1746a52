import type { Store } from '../store/index.js';
import { type Router } from './mount.js';
export declare function registerExecRoutes(app: Router, store: Store): void;
