import { DOCUMENTED } from '../../spec/schemas/documented.js';
import { readMeta, writeMeta } from '../store/database.js';
import type { Store } from '../store/index.js';
import { insertDocumented } from './documented.js';

export interface SeedOptions {
  seed: number;
  users: number;
  messages: number;
}

export const DEFAULT_SEED: SeedOptions = { seed: 2024, users: 50, messages: 3000 };

/**
 * Seeds an empty database in one transaction: the docs' rows, then generated ones. The generator
 * (and faker's ~40 MB of locale data) is loaded only when a seed actually runs.
 *
 * `unlessSeeded`: two stand-ins started at once on one fresh file both find it unseeded; the
 * transaction takes the write lock first (IMMEDIATE, waiting out the other's seed) and seeds only
 * if the file is still unseeded then, so the second finds the first's rows instead of adding its own.
 */
export async function seedDatabase(
  store: Store,
  options: SeedOptions = DEFAULT_SEED,
  { unlessSeeded = false } = {},
): Promise<void> {
  const { insertGenerated, seedPasswordHash } = await import('./generated.js');
  const passwordHash = await seedPasswordHash(options.seed);
  // The generator only links rows it has just made, so foreign keys are not checked row by row
  // (three look-ups a message), and a larger page cache keeps the message index in memory: a
  // million messages seed in about half the time. Both are put back whatever happens.
  const cacheSize = store.db.pragma('cache_size', { simple: true }) as number;
  const busyTimeout = store.db.pragma('busy_timeout', { simple: true }) as number;
  store.db.pragma('foreign_keys = OFF');
  store.db.pragma(`cache_size = ${SEED_CACHE_KIB}`);
  // Another stand-in's seed holds the write lock for as long as it runs (seconds for a large one).
  if (unlessSeeded) store.db.pragma(`busy_timeout = ${SEED_WAIT_MS}`);
  try {
    store.db
      .transaction(() => {
        if (unlessSeeded && seededWith(store)) return;
        insertDocumented(store.db, DOCUMENTED);
        insertGenerated(store, {
          ...options,
          firstUserNumber: DOCUMENTED.users.length + 1,
          passwordHash,
        });
        writeMeta(store.db, 'seeded', JSON.stringify(options));
      })
      .immediate();
  } finally {
    store.db.pragma('foreign_keys = ON');
    store.db.pragma(`cache_size = ${cacheSize}`);
    store.db.pragma(`busy_timeout = ${busyTimeout}`);
  }
}

/** How long a stand-in waits for another's seed of the same file: 1,000,000 messages take ~10 s. */
const SEED_WAIT_MS = 120_000;

/** SQLite's page cache while seeding, in KiB (negative: a size, not a page count). */
const SEED_CACHE_KIB = -64 * 1024;

/** The options the database was seeded with, or undefined for an unseeded one. */
export function seededWith(store: Store): SeedOptions | undefined {
  const text = readMeta(store.db, 'seeded');
  return text === undefined ? undefined : (JSON.parse(text) as SeedOptions);
}
