const typeOf = (schema) => {
    const def = schema._zod.def;
    return def.innerType && (def.type === 'nullable' || def.type === 'optional')
        ? typeOf(def.innerType)
        : def.type;
};
/**
 * Builds a payload from a SQLite row by the contract's own field list: the schema says which
 * fields exist and which are booleans (stored 0/1), so a field added to the contract shows up here
 * without a second listing. `fill` supplies fields the row does not hold.
 *
 * @example
 * const user = fromRow(UserSummarySchema, row);
 */
export function fromRow(schema, row, fill = {}) {
    const source = row;
    const out = {};
    for (const [key, field] of Object.entries(schema.shape)) {
        const value = key in fill ? fill[key] : source[key];
        out[key] = typeOf(field) === 'boolean' && typeof value === 'number' ? value === 1 : value;
    }
    return out;
}
