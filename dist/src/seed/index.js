import { DOCUMENTED } from '../../spec/schemas/documented.js';
import { readMeta, writeMeta } from '../store/database.js';
import { insertDocumented } from './documented.js';
export const DEFAULT_SEED = { seed: 2024, users: 50, messages: 3000 };
/**
 * Seeds an empty database in one transaction: the docs' rows, then generated ones. The generator
 * (and faker's ~40 MB of locale data) is loaded only when a seed actually runs.
 */
export async function seedDatabase(store, options = DEFAULT_SEED) {
    const { insertGenerated, seedPasswordHash } = await import('./generated.js');
    const passwordHash = await seedPasswordHash(options.seed);
    store.db.transaction(() => {
        insertDocumented(store.db, DOCUMENTED);
        insertGenerated(store, {
            ...options,
            firstUserNumber: DOCUMENTED.users.length + 1,
            passwordHash,
        });
        writeMeta(store.db, 'seeded', JSON.stringify(options));
    })();
}
/** The options the database was seeded with, or undefined for an unseeded one. */
export function seededWith(store) {
    const text = readMeta(store.db, 'seeded');
    return text === undefined ? undefined : JSON.parse(text);
}
