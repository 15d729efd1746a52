/** Types for `schema-check.js`, a browser file the tests also import. */
export interface SchemaProblem {
  path: string;
  message: string;
}
export function checkSchema(schema: object, value: unknown, path?: string): SchemaProblem[];
