import { newSecret } from '../auth/jwt.js';
import { type SeedOptions, seedDatabase, seededWith } from '../seed/index.js';
import { clearDatabase, openDatabase, settledMeta } from '../store/database.js';
import { createStore, type Store } from '../store/index.js';

/** What a stand-in starts from: the data, the signing secret, and how to go back to the seed. */
export interface StandInData {
  store: Store;
  secret: string;
  /** Wipes every row and seeds again: `--reset` and `POST /__mock/reset`. */
  reseed(): Promise<void>;
}

/** The signing secret: the one given, else the one stored with the data (made once). */
function signingSecret(store: Store, given?: string): string {
  return given || settledMeta(store.db, 'jwt_secret', newSecret);
}

/**
 * Opens the database (a file or `:memory:`), seeds it when it is empty or `reset` is asked for,
 * and settles the signing secret. The listening server and the in-process stand-in both start here.
 *
 * @example
 * const { store, secret, reseed } = await openStandInData({ db: ':memory:', seed: DEFAULT_SEED });
 */
export async function openStandInData(options: {
  db: string;
  seed: SeedOptions;
  reset?: boolean;
  secret?: string;
}): Promise<StandInData> {
  const store = createStore(openDatabase(options.db));
  const reseed = () =>
    store.replaceData(async () => {
      clearDatabase(store.db);
      await seedDatabase(store, options.seed);
    });
  if (options.reset) await reseed();
  else if (!seededWith(store))
    await store.replaceData(() => seedDatabase(store, options.seed, { unlessSeeded: true }));
  return { store, secret: signingSecret(store, options.secret), reseed };
}
