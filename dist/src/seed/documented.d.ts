import type { DocumentedData } from '../../spec/schemas/documented.js';
import type { Db } from '../store/database.js';
/**
 * Inserts the docs' own examples (fixtures/documented.json) with their ids, so a fresh stand-in
 * answers exactly what the contract's examples show.
 */
export declare function insertDocumented(db: Db, data: DocumentedData): void;
