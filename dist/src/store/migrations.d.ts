/**
 * The schema, as an ordered list of migrations. `user_version` records how many have run, so an
 * existing database file is brought forward on start and never rebuilt.
 */
export declare const MIGRATIONS: readonly string[];
