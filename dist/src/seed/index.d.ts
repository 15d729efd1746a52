import type { Store } from '../store/index.js';
export interface SeedOptions {
    seed: number;
    users: number;
    messages: number;
}
export declare const DEFAULT_SEED: SeedOptions;
/**
 * Seeds an empty database in one transaction: the docs' rows, then generated ones. The generator
 * (and faker's ~40 MB of locale data) is loaded only when a seed actually runs.
 */
export declare function seedDatabase(store: Store, options?: SeedOptions): Promise<void>;
/** The options the database was seeded with, or undefined for an unseeded one. */
export declare function seededWith(store: Store): SeedOptions | undefined;
