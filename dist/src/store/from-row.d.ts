import type { z } from 'zod';
/**
 * Builds a payload from a SQLite row by the contract's own field list: the schema says which
 * fields exist and which are booleans (stored 0/1), so a field added to the contract shows up here
 * without a second listing. `fill` supplies fields the row does not hold.
 *
 * @example
 * const user = fromRow(UserSummarySchema, row);
 */
export declare function fromRow<S extends z.ZodObject>(schema: S, row: object, fill?: Partial<z.infer<S>>): z.infer<S>;
